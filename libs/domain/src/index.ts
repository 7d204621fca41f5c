export * from './claim-lifecycle';
export * from './references';
export * from './policy';

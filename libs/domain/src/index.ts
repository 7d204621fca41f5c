export * from './claim-lifecycle';
export * from './references';

export * from './business-hours';
export * from './claim-facts';
export { dateOf } from './dates';
export * from './merge-policy';
export * from './policy-engine';

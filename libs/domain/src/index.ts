export * from './claim';
export * from './claim-lifecycle';
export * from './references';
export * from './policy';
export { renderLifecycleTable } from './lifecycle-table';

export * from './vocabulary';
export * from './http/bulk-forward';
export * from './http/claim-actions';
export * from './http/submit-claim';
export * from './network';
export * from './policy';
export * from './topics';

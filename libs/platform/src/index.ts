export { ConfigError, loadConfig, type HubConfig } from './config';
export { startService, type RunningService } from './bootstrap';
export { ConsumerHost } from './consumer-host';
export { createHttpApp } from './http/create-http-app';
export { fieldErrors, notFound, parseOrThrow, problem, ProblemException, type FieldError, type Problem } from './http/problem';
export { HUB_CONFIG, InfrastructureModule, LOGGER } from './infrastructure.module';
export { createLogger, type Logger } from './logger';
export { closeOnSignals } from './shutdown';
export { readNetworkFile } from './network-file';

/**
 * @bearing/server — the REST API. `buildApp` for tests and embedding (never listens);
 * `startServer` for `bearing serve` and `node src/main.ts` (the only code that listens).
 */
export { buildApp } from './app.ts';
export {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_WEB_ROOT,
  parseConfig,
  type ConfigInput,
  type ServerConfig,
} from './config.ts';
export { API_ERROR_STATUS, ApiError, type ApiErrorCode } from './errors.ts';
export {
  ExposedWithoutAccountsError,
  FIRST_ADMIN_COMMAND,
  exposureWarning,
  isLoopbackHost,
} from './exposure.ts';
export { runningMessage, startServer, type RunningServer, type StartOptions } from './main.ts';
export type { App, AppDeps } from './types.ts';
export {
  API_TOKEN_PREFIX,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  hashSecret,
  newApiToken,
  newSecret,
  passwordProblem,
  verifyPassword,
} from './auth/secrets.ts';

// `api-error-kit/redact`: the list of known secrets and debug output, for what you log. Opt in.
export { findSecret, redactSecrets } from './redactSecrets';
export type { LeakClass } from './leakPatterns';

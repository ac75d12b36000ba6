/** Every category an ApiError can fall into, in the order fallbacks are documented. */
export const ERROR_CATEGORIES = [
  'unauthenticated',
  'forbidden',
  'payment',
  'validation',
  'not-found',
  'conflict',
  'rate-limited',
  'quota',
  'upstream',
  'unavailable',
  'timeout',
  'server',
  'network',
  'cancelled',
  'unknown',
] as const;

/** What kind of failure an ApiError is; decides the fallback and the default retry rule. */
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

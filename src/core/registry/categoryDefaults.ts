import type { ErrorCategory } from '../ErrorCategory';

/**
 * Whether each category is worth retrying, for codes that do not say otherwise. Its words are
 * in the message catalogue (`category.<name>.title` and `.message`), once.
 */
export const CATEGORY_RETRYABLE = {
  unauthenticated: false,
  forbidden: false,
  payment: false,
  validation: false,
  'not-found': false,
  conflict: false,
  'rate-limited': true,
  quota: false,
  upstream: true,
  unavailable: true,
  timeout: true,
  server: true,
  network: true,
  cancelled: false,
  unknown: false,
} as const satisfies Record<ErrorCategory, boolean>;

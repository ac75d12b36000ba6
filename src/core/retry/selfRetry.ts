import type { ApiError } from '../ApiError';
import type { ErrorCategory } from '../ErrorCategory';
import { equalJitterDelay, type BackoffOptions } from './backoff';

/** Categories whose default fallbacks retry by themselves: the failure is expected to pass. */
export const SELF_RETRYING_CATEGORIES: ReadonlySet<ErrorCategory> = new Set(['rate-limited', 'upstream', 'unavailable', 'timeout', 'network']);

/**
 * How long a fallback waits before it retries by itself: the server's stated wait when there
 * is one, else equal-jitter backoff by how many times in a row the boundary has failed.
 */
export function selfRetryDelay(error: ApiError, attempt: number, backoff: BackoffOptions = {}): number {
  return error.retryAfterMs ?? equalJitterDelay(attempt, backoff);
}

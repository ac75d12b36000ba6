import type { ApiError } from '../ApiError';
import type { ErrorCategory } from '../ErrorCategory';
import { equalJitterDelay, type BackoffOptions } from './backoff';

/** Categories whose default fallbacks retry by themselves: the failure is expected to pass. */
export const SELF_RETRYING_CATEGORIES: ReadonlySet<ErrorCategory> = new Set(['rate-limited', 'upstream', 'unavailable', 'timeout', 'network']);

/** Beyond this a page does not wait on screen to retry by itself (a daily or monthly limit); it says when instead. */
export const MAX_SELF_RETRY_MS = 60 * 60 * 1000;

/**
 * How long a fallback waits before it retries by itself: the server's stated wait when there
 * is one, else equal-jitter backoff by how many times in a row the boundary has failed.
 * Undefined when the server asked for longer than an hour: no retry is scheduled then.
 */
export function selfRetryDelay(error: ApiError, attempt: number, backoff: BackoffOptions = {}): number | undefined {
  const delay = error.retryAfterMs ?? equalJitterDelay(attempt, backoff);
  return delay <= MAX_SELF_RETRY_MS ? delay : undefined;
}

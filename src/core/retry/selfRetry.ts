import type { ApiError } from '../ApiError';
import { automaticRetryDelay, type BackoffOptions } from './backoff';
import { originOf } from './errorOrigins';
import type { RateLimitGate } from './rateLimitGate';

/** Beyond this a page does not wait on screen to retry by itself (a daily or monthly limit); it says when instead. */
export const MAX_SELF_RETRY_MS = 60 * 60 * 1000;

/**
 * How many times a fallback retries by itself in one failure episode before it stops and offers
 * "Try again": with the gap below, about half a minute of reconnecting.
 */
export const DEFAULT_MAX_AUTOMATIC_RETRIES = 15;

/**
 * The longest gap between a fallback's own retries unless the server states a longer wait: the
 * data is back within about two seconds of the service recovering. The cost is bounded by the
 * attempt cap, a stated wait (Retry-After) always wins, and each panel fetches only its own
 * failed queries, so a page makes one request per failed query per gap.
 */
export const DEFAULT_SELF_RETRY_MAX_DELAY_MS = 2000;

/** The timing of the fallbacks' own retries: the shared backoff rule plus a cap on attempts per episode. */
export interface SelfRetryOptions extends BackoffOptions {
  /** Automatic retries per failure episode (default 15); after them the fallback offers "Try again" only. */
  maxAutomaticRetries?: number;
}

/**
 * How long a fallback waits before it retries by itself (attempt is how many automatic retries
 * this failure episode has made): the shared backoff rule with the server's stated wait.
 * Undefined when no retry may be scheduled: the attempts are used up, or the server asked
 * for longer than an hour.
 */
export function selfRetryDelay(error: ApiError, attempt: number, options: SelfRetryOptions = {}, rateLimits?: RateLimitGate): number | undefined {
  if (!(attempt < (options.maxAutomaticRetries ?? DEFAULT_MAX_AUTOMATIC_RETRIES))) return undefined;
  // Never before the shared wait of the error's origin ends: other panels hit the same limit.
  const delay = Math.max(automaticRetryDelay(attempt, error.retryAfterMs, { maxDelayMs: DEFAULT_SELF_RETRY_MAX_DELAY_MS, ...options }), rateLimits?.remainingMs(originOf(error)) ?? 0);
  return delay <= MAX_SELF_RETRY_MS ? delay : undefined;
}

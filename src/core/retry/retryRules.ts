import type { Normalizer } from '../normalize/createNormalizer';
import type { Registry } from '../registry/createRegistry';
import { automaticRetryDelay, MAX_TIMER_MS, validateBackoff, type BackoffOptions } from './backoff';
import { originOf } from './errorOrigins';
import type { RateLimitGate } from './rateLimitGate';

/** Every number of the retry policy; each has the default the issue and seed 001 give. */
export interface RetryPolicyOptions extends BackoffOptions {
  /** Retries after the first failure, for codes whose registry entry sets none (default 3). */
  maxRetries?: number;
  /** A server-stated wait longer than this (ms) ends retrying, so the UI can count down instead (default 60 s). */
  maxServerWaitMs?: number;
  /** Whether the browser is online; while it is not, network errors retry without using up attempts. */
  isOnline?: () => boolean;
}

/** What a retry policy reads failures with: its kit's normalizer, registry and rate limits. */
export interface RetryReader {
  normalize: Normalizer;
  registry: Registry;
  rateLimits: RateLimitGate;
}

/** react-query's `retry` and `retryDelay`, driven by the registry. */
export interface RetryPolicy {
  retry(failureCount: number, error: unknown): boolean;
  retryDelay(failureCount: number, error: unknown): number;
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Throws a clear error for options that would make the policy retry wrongly (checked once, at creation). */
function validate(options: RetryPolicyOptions): void {
  validateBackoff(options);
  const { maxRetries, maxServerWaitMs } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 100)) {
    throw new RangeError(`api-error-kit: maxRetries must be a whole number from 0 to 100, not ${String(maxRetries)}.`);
  }
  if (maxServerWaitMs !== undefined && !(typeof maxServerWaitMs === 'number' && maxServerWaitMs >= 0 && maxServerWaitMs <= MAX_TIMER_MS)) {
    throw new RangeError(`api-error-kit: maxServerWaitMs must be a number of ms from 0 to ${MAX_TIMER_MS}, not ${String(maxServerWaitMs)}.`);
  }
  if (options.isOnline !== undefined && typeof options.isOnline !== 'function') throw new TypeError('api-error-kit: isOnline must be a function.');
}

/**
 * A kit's retry rules in react-query's shape: no retry for what cannot succeed; otherwise at
 * least the floor, a backoff that grows with every attempt, the server's stated wait when it is
 * longer, and never before the origin's shared rate-limit wait ends; attempts capped per code.
 */
export function retryRules({ normalize, registry, rateLimits }: RetryReader, options: RetryPolicyOptions = {}): RetryPolicy {
  validate(options);
  const maxServerWaitMs = options.maxServerWaitMs ?? 60_000;
  const isOnline = options.isOnline ?? browserOnline;
  const read = (thrown: unknown) => normalize(thrown);

  return {
    retry(failureCount, thrown) {
      const error = read(thrown);
      // This policy's registry has the last word, even on errors normalized with another.
      const entry = registry.resolve(error.code, error.status);
      if (!entry.retryable || entry.category === 'cancelled') return false;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > maxServerWaitMs) return false;
      // react-query pauses retries while offline; an attempt spent offline says nothing about the server.
      if (entry.category === 'network' && !isOnline()) return true;
      const count = Number.isFinite(failureCount) ? failureCount : Number.POSITIVE_INFINITY;
      return count < (entry.maxRetries ?? options.maxRetries ?? 3);
    },
    retryDelay(failureCount, thrown) {
      const error = read(thrown);
      const origin = originOf(error);
      // A rate limit read by another HTTP client is noted here: every query waits for it together.
      if (origin === '' && error.category === 'rate-limited') rateLimits.limited(origin, error.retryAfterMs);
      return Math.max(automaticRetryDelay(failureCount, error.retryAfterMs, options), rateLimits.remainingMs(origin));
    },
  };
}

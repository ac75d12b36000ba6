/** The numbers of an exponential backoff: seed 001 advises base 1 s, cap 60 s. */
export interface BackoffOptions {
  /** The first step, in ms. */
  baseDelayMs?: number;
  /** No step is longer than this, in ms. */
  maxDelayMs?: number;
  /** A source of randomness in [0, 1); injectable for tests and simulations. */
  random?: () => number;
}

export const DEFAULT_BASE_DELAY_MS = 1000;
export const DEFAULT_MAX_DELAY_MS = 60_000;

/** The capped exponential step for an attempt (0-based): min(cap, base × 2^attempt). */
export function backoffCeiling(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const cap = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  return Math.min(cap, base * 2 ** Math.max(0, Math.min(attempt, 30)));
}

/** "Full jitter" backoff: uniform in [0, ceiling), so many clients never retry in step. */
export function fullJitterDelay(attempt: number, options: BackoffOptions = {}): number {
  return Math.floor((options.random ?? Math.random)() * backoffCeiling(attempt, options));
}

/**
 * "Equal jitter" backoff: in [ceiling / 2, ceiling). Fallbacks use it for their own scheduled
 * retries, where the countdown a user reads should not collapse to zero.
 */
export function equalJitterDelay(attempt: number, options: BackoffOptions = {}): number {
  const ceiling = backoffCeiling(attempt, options);
  return Math.floor(ceiling / 2 + (options.random ?? Math.random)() * (ceiling / 2));
}

/** The numbers of every automatic retry's timing: the policy's and the fallbacks' own. */
export interface BackoffOptions {
  /** No automatic retry comes sooner than this after a failure, whatever the server states, in ms (default 1 s). */
  minDelayMs?: number;
  /** The first step of the backoff, in ms; never below the floor (default 1 s, seed 001's advice). */
  baseDelayMs?: number;
  /** No backoff step is longer than this, in ms (default 60 s, seed 001's advice). A longer stated wait is still honoured. */
  maxDelayMs?: number;
  /** A source of randomness in [0, 1); injectable for tests and simulations. */
  random?: () => number;
}

export const DEFAULT_MIN_DELAY_MS = 1000;
export const DEFAULT_BASE_DELAY_MS = 1000;
export const DEFAULT_MAX_DELAY_MS = 60_000;
// setTimeout holds at most this; a longer delay fires at once.
export const MAX_TIMER_MS = 2 ** 31 - 1;

function checkDelay(options: BackoffOptions, name: 'minDelayMs' | 'baseDelayMs' | 'maxDelayMs'): void {
  const value = options[name];
  if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS)) {
    throw new RangeError(`api-error-kit: ${name} must be a number of ms from 0 to ${MAX_TIMER_MS}, not ${String(value)}.`);
  }
}

/** Throws a RangeError naming the option when a backoff number cannot be used (negative, NaN, infinite). */
export function validateBackoff(options: BackoffOptions): void {
  checkDelay(options, 'minDelayMs');
  checkDelay(options, 'baseDelayMs');
  checkDelay(options, 'maxDelayMs');
  if (options.random !== undefined && typeof options.random !== 'function') {
    throw new TypeError('api-error-kit: random must be a function returning a number in [0, 1).');
  }
}

/** A whole attempt number from whatever a caller passed (react-query's failureCount, a counter): NaN and negatives are 0. */
function attemptIndex(attempt: number): number {
  return Number.isFinite(attempt) && attempt > 0 ? Math.min(Math.floor(attempt), 30) : 0;
}

/** The backoff step for an attempt (0-based): min(cap, base × 2^attempt), the base never below the floor. */
export function backoffCeiling(attempt: number, options: BackoffOptions = {}): number {
  const floor = options.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
  const base = Math.max(floor, options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS, 1);
  const cap = Math.max(base, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  return Math.min(cap, base * 2 ** attemptIndex(attempt));
}

/**
 * How long to wait before automatic retry number `attempt` (0-based) of one failure episode.
 * The one rule for every automatic retry: at least the floor; a backoff step that grows with
 * each attempt, jittered upwards by up to half a step (so clients spread out without any wait
 * shrinking below its step: step n + jitter < step n+1); and the server's stated wait when that
 * is longer. A stated zero, a date in the past or a reset already gone cannot make it shorter.
 */
export function automaticRetryDelay(attempt: number, statedMs: number | undefined, options: BackoffOptions = {}): number {
  const step = backoffCeiling(attempt, options);
  const cap = Math.max(step, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const draw = (options.random ?? Math.random)();
  const jitter = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 0.999) : 0.5;
  const delay = Math.min(cap, Math.floor(step + (jitter * step) / 2));
  const stated = statedMs !== undefined && Number.isFinite(statedMs) && statedMs > 0 ? Math.ceil(statedMs) : 0;
  return Math.max(delay, stated);
}

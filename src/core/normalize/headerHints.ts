import { toNumber } from '../internal/read';
import type { HeaderReader } from './headers';

// Reset values above these are instants, not durations (GitHub sends epoch seconds, some epoch ms).
const EPOCH_SECONDS = 1e9;
const EPOCH_MS = 1e12;

/** A `Retry-After` value (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) in ms from `now`. */
function retryAfterValueMs(value: string, now: number): number | undefined {
  const seconds = toNumber(value);
  if (seconds !== undefined) return seconds >= 0 && Number.isFinite(seconds * 1000) ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A rate-limit reset as a delta in seconds, an epoch in seconds or an epoch in ms, in ms from `now`. */
function resetMs(value: string | undefined, now: number): number | undefined {
  const reset = toNumber(value);
  if (reset === undefined || reset < 0) return undefined;
  if (reset >= EPOCH_MS) return reset > now ? Math.round(reset - now) : undefined;
  if (reset >= EPOCH_SECONDS) return reset * 1000 > now ? Math.round(reset * 1000 - now) : undefined;
  return Math.round(reset * 1000);
}

/**
 * The wait a response's headers ask for, in ms: `Retry-After` first; then, when the limit is
 * exhausted (429, or remaining 0), the IETF `RateLimit` header (`reset=` or structured `t=`) or
 * `RateLimit-Reset` / `X-RateLimit-Reset` (GitHub, seed 000, seed 003).
 */
export function headerRetryAfterMs(header: HeaderReader, status: number | undefined, now: number): number | undefined {
  const retryAfter = header('retry-after');
  const stated = retryAfter === undefined ? undefined : retryAfterValueMs(retryAfter, now);
  if (stated !== undefined) return stated;
  const combined = header('ratelimit');
  const remaining = header('ratelimit-remaining') ?? header('x-ratelimit-remaining') ?? combined?.match(/(?:remaining=|\br=)(\d+)/)?.[1];
  if (status !== 429 && remaining !== '0') return undefined;
  return (
    resetMs(combined?.match(/(?:reset=|\bt=)(\d+(?:\.\d+)?)/)?.[1], now) ??
    resetMs(header('ratelimit-reset') ?? header('x-ratelimit-reset') ?? header('x-rate-limit-reset'), now)
  );
}

/** The support reference a response's headers carry. */
export function headerCorrelationId(header: HeaderReader): string | undefined {
  return (header('x-correlation-id') ?? header('x-request-id') ?? header('request-id') ?? header('x-trace-id'))?.slice(0, 200);
}

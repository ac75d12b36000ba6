import { cut } from '../internal/cut';
import type { HeaderReader } from './headers';
import { parseHttpDate, parseRetryAfter } from './httpDate';

// Reset values above these are instants, not durations (GitHub sends epoch seconds, some epoch ms).
const EPOCH_SECONDS = 1e9;
const EPOCH_MS = 1e12;
// Header values are read only this far: a real one is short, a hostile one is not scanned.
const MAX_HEADER_CHARS = 256;

/** A rate-limit reset as a delta in seconds, an epoch in seconds or an epoch in ms, in ms from `now`. */
function resetMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined || !/^\d{1,13}(?:\.\d{1,3})?$/.test(value)) return undefined;
  const reset = Number(value);
  if (reset >= EPOCH_MS) return reset > now ? Math.round(reset - now) : undefined;
  if (reset >= EPOCH_SECONDS) return reset * 1000 > now ? Math.round(reset * 1000 - now) : undefined;
  return Math.round(reset * 1000);
}

/**
 * The wait a response's headers ask for, in ms: `Retry-After` first (strictly RFC 9110); then,
 * when the limit is exhausted (429, or remaining 0), the IETF `RateLimit` header (`reset=` or
 * structured `t=`) or `RateLimit-Reset` / `X-RateLimit-Reset` (GitHub, seed 000, seed 003).
 */
export function headerRetryAfterMs(header: HeaderReader, status: number | undefined, now: number): number | undefined {
  const retryAfter = header('retry-after');
  const stated = retryAfter === undefined ? undefined : parseRetryAfter(cut(retryAfter, MAX_HEADER_CHARS), now, header('date'));
  if (stated !== undefined) return stated;
  if (status !== 429 && !headerSaysExhausted(header)) return undefined;
  // An epoch reset is measured from the response's own clock when it sent one (GitHub does).
  const sent = header('date');
  const from = (sent === undefined ? undefined : parseHttpDate(cut(sent, MAX_HEADER_CHARS), now)) ?? now;
  const combined = header('ratelimit')?.slice(0, MAX_HEADER_CHARS);
  return (
    resetMs(combined?.match(/(?:reset=|\bt=)(\d{1,13}(?:\.\d{1,3})?)/)?.[1], from) ??
    resetMs(header('ratelimit-reset') ?? header('x-ratelimit-reset') ?? header('x-rate-limit-reset'), from)
  );
}

/**
 * True when the headers say the caller's allowance is used up: `X-RateLimit-Remaining: 0`,
 * `RateLimit-Remaining: 0` or the IETF `RateLimit` header's `remaining=0` / `r=0`. GitHub says
 * so on a 403, which then means "wait", not "you may not".
 */
export function headerSaysExhausted(header: HeaderReader): boolean {
  const combined = header('ratelimit')?.slice(0, MAX_HEADER_CHARS);
  const remaining = header('ratelimit-remaining') ?? header('x-ratelimit-remaining') ?? header('x-rate-limit-remaining') ?? combined?.match(/(?:remaining=|\br=)(\d{1,13})/)?.[1];
  return remaining?.trim() === '0';
}

/** `tag` as a canonical BCP 47 tag, or undefined when it is not one (or is a list: text for several audiences). */
export function languageTag(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The support reference a response's headers carry. */
export function headerCorrelationId(header: HeaderReader): string | undefined {
  const id = header('x-correlation-id') ?? header('x-request-id') ?? header('request-id') ?? header('x-trace-id');
  return id === undefined ? undefined : cut(id, 200);
}

import type { ApiError } from '../ApiError';
import { RateLimitGate } from './rateLimitGate';

// The page's rate limits, shared by the fetch client (which holds requests at the gate) and the
// retry policy (which never schedules a retry before the gate opens). An error read from an
// origin's response remembers the origin, so the policy knows whose wait applies to it.

/** The rate limits this page has hit, per origin. */
export const pageRateLimits = new RateLimitGate();

// Errors whose origin is not known (another HTTP client's) share one wait: the app's API.
const UNKNOWN_ORIGIN = '';
const origins = new WeakMap<ApiError, string>();

/** Remembers which origin `error` came from. */
export function noteOrigin(error: ApiError, origin: string): void {
  origins.set(error, origin);
}

/** The origin `error` came from, or the key of every origin not known. */
export function originOf(error: ApiError): string {
  return origins.get(error) ?? UNKNOWN_ORIGIN;
}

import type { ApiError } from '../ApiError';

// An error read from an origin's response remembers the origin, so a retry policy knows whose
// rate-limit wait applies to it. Errors whose origin is not known (another HTTP client's) share
// one wait: the app's API.
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

import type { ApiError } from '../ApiError';
import type { Normalizer } from './createNormalizer';
import { guardNormalizer } from './guardNormalizer';
import type { NormalizeContext } from './normalizeError';
import { isResponseLike, readTextUpTo, responseHeaders } from './readResponse';

// An error body is read this far and no further; beyond it, the body is opaque (normalizeError's own bound).
const MAX_ERROR_BODY_CHARS = 1_000_000;

/**
 * Reads a failed (or error-carrying) Response's body once, whatever its content type, into an
 * ApiError. It always resolves with an ApiError: a body that cannot be read leaves the status to
 * speak, and something that is not a Response at all gives UNKNOWN_ERROR with the reason as `cause`.
 * `normalizer` is the app's (`createNormalizer({ dialects })`); every dialect is read without it.
 */
export async function errorFromResponse(
  response: Response,
  context: Omit<NormalizeContext, 'status' | 'headers'> = {},
  normalizer?: Normalizer,
): Promise<ApiError> {
  const normalize = guardNormalizer(normalizer);
  if (!isResponseLike(response)) return normalize(new TypeError('errorFromResponse was given something that is not a Response.'), context);
  let body = '';
  try {
    body = await readTextUpTo(response, MAX_ERROR_BODY_CHARS);
  } catch {
    // A body that cannot be read (aborted, already consumed) leaves the status to speak.
  }
  return normalize(body, { ...context, status: response.status, headers: responseHeaders(response) });
}

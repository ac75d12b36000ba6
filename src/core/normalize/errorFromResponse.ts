import type { ApiError } from '../ApiError';
import type { ErrorKit } from '../kit/createErrorKit';
import { defaultKit } from '../kit/defaultKit';
import { isResponseLike, readTextUpTo, responseHeaders } from './readResponse';

// An error body is read this far and no further; beyond it, the body is opaque (the normalizer's own bound).
const MAX_ERROR_BODY_CHARS = 1_000_000;

/**
 * Reads a failed (or error-carrying) Response's body once, whatever its content type, into an
 * ApiError with `kit` (the default kit when absent). It always resolves with an ApiError: a body
 * that cannot be read leaves the status to speak, and something that is not a Response at all
 * gives UNKNOWN_ERROR with the reason as `cause`.
 */
export async function errorFromResponse(response: Response, kit: ErrorKit = defaultKit()): Promise<ApiError> {
  if (!isResponseLike(response)) return kit.normalize(new TypeError('api-error-kit: errorFromResponse was given something that is not a Response.'));
  let body = '';
  try {
    body = await readTextUpTo(response, MAX_ERROR_BODY_CHARS);
  } catch {
    // A body that cannot be read (aborted, already consumed) leaves the status to speak.
  }
  return kit.normalize(body, { status: response.status, headers: responseHeaders(response) });
}

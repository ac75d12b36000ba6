import type { ApiError } from '../ApiError';
import type { ErrorKit } from '../kit/createErrorKit';
import { defaultKit } from '../kit/defaultKit';
import { isResponseLike, readTextUpTo, responseHeaders } from './readResponse';

// An error body is read this far and no further; beyond it, the body is opaque (the normalizer's own bound).
const MAX_ERROR_BODY_CHARS = 1_000_000;

/**
 * Reads a failed (or error-carrying) Response's body once, whatever its content type, into an
 * ApiError with `kit` (the default kit when absent). It takes what HTTP clients throw as well:
 * an error whose `response` body is still unread (ky 1's HTTPError) is read through that
 * response; anything else is normalized as it is. It always resolves with an ApiError: a body
 * that cannot be read leaves the status to speak.
 */
export async function errorFromResponse(failure: unknown, kit: ErrorKit = defaultKit()): Promise<ApiError> {
  const carried = failure instanceof Error ? (failure as Error & { response?: unknown }).response : undefined;
  const response = isResponseLike(failure) ? failure : isResponseLike(carried) && (carried as { bodyUsed?: unknown }).bodyUsed !== true ? carried : undefined;
  if (!response) {
    return kit.normalize(failure === undefined || failure === null ? new TypeError('api-error-kit: errorFromResponse was given nothing to read.') : failure);
  }
  let body = '';
  try {
    body = await readTextUpTo(response, MAX_ERROR_BODY_CHARS);
  } catch {
    // A body that cannot be read (aborted, already consumed) leaves the status to speak.
  }
  return kit.normalize(body, { status: response.status, headers: responseHeaders(response) });
}

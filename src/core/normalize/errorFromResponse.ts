import type { ApiError } from '../ApiError';
import { normalizeError, type NormalizeContext } from './normalizeError';

/** Reads a failed (or error-carrying) Response's body once, whatever its content type, into an ApiError. */
export async function errorFromResponse(
  response: Response,
  context: Omit<NormalizeContext, 'status' | 'headers'> = {},
): Promise<ApiError> {
  let body = '';
  try {
    if (!response.bodyUsed) body = await response.text();
  } catch {
    // A body that cannot be read (aborted, already consumed) leaves the status to speak.
  }
  return normalizeError(body, { ...context, status: response.status, headers: response.headers });
}

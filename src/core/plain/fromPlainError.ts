import type { ApiError } from '../ApiError';
import { isErrorKit, type ErrorKit } from '../kit/createErrorKit';
import { defaultKit } from '../kit/defaultKit';

/**
 * The ApiError a plain error (`toPlainError`'s output, passed from a server) stands for, read
 * with `kit` (the same kit the server used): its code, status, field errors, wait, reference and
 * allow-listed details, screened again as anything from the wire is. Anything else is read as
 * `kit.normalize` reads it.
 */
export function fromPlainError(plain: unknown, kit: ErrorKit = defaultKit()): ApiError {
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: fromPlainError: kit must be what createErrorKit returns.');
  return kit.normalize(plain);
}

import type { ApiError } from '../ApiError';
import { isApiError } from '../isApiError';
import type { Normalizer } from './createNormalizer';
import { normalizeError } from './normalizeError';

/**
 * The app's normalizer held to a normalizer's promise: an ApiError for anything, never a throw.
 * Something that is not one (`createNormalizer` itself, a function that throws or returns a body)
 * gives UNKNOWN_ERROR, with the reason for the developer in `cause`; absent, every dialect is read.
 */
export function guardNormalizer(normalizer: Normalizer | undefined): Normalizer {
  if (normalizer === undefined || normalizer === normalizeError) return normalizeError;
  return (input, context = {}) => {
    // What went wrong, for the developer: the cause of an UNKNOWN_ERROR the user sees as any other.
    const misuse = (problem: string, cause?: unknown): ApiError =>
      normalizeError(new TypeError(`api-error-kit: the normalizer ${problem}; pass what createNormalizer({ dialects }) returns.`, { cause }), { registry: context.registry });
    if (typeof normalizer !== 'function') return misuse('is not a function');
    try {
      const read: unknown = normalizer(input, context);
      return isApiError(read) ? read : misuse('returned something that is not an ApiError');
    } catch (thrown) {
      return misuse('threw (what it threw is this error’s cause)', thrown);
    }
  };
}

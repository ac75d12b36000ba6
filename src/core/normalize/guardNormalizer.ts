import type { ApiError } from '../ApiError';
import { isApiError } from '../isApiError';
import type { Registry } from '../registry/createRegistry';
import type { Normalizer } from './createNormalizer';
import { misuseError } from './misuseError';
import { normalizeError } from './normalizeError';

const BROKEN = "; pass what createNormalizer({ dialects }) returns.";

/**
 * The app's normalizer held to a normalizer's promise: an ApiError for anything, never a throw.
 * Something that is not one (`createNormalizer` itself, a function that throws or returns a body)
 * gives UNKNOWN_ERROR, with the reason for the developer in `cause`; absent, every dialect is read.
 */
export function guardNormalizer(normalizer: Normalizer | undefined): Normalizer {
  if (normalizer === undefined || normalizer === normalizeError) return normalizeError;
  return (input, context = {}) => {
    if (typeof normalizer !== 'function') return misuseError(`the normalizer is not a function${BROKEN}`, context.registry);
    try {
      const read: unknown = normalizer(input, context);
      return isApiError(read) ? read : misuseError(`the normalizer returned something that is not an ApiError${BROKEN}`, context.registry);
    } catch (thrown) {
      return misuseError(`the normalizer threw (what it threw is this error’s cause)${BROKEN}`, context.registry, thrown);
    }
  };
}

/** How the kit's parts read whatever was thrown: the app's normalizer, guarded, with its registry. */
export function readerFor(normalizer: Normalizer | undefined, registry: Registry<string> | undefined): (thrown: unknown) => ApiError {
  const normalize = guardNormalizer(normalizer);
  return (thrown) => normalize(thrown, { registry });
}

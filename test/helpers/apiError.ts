import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ApiError } from '../../src/core/ApiError';
import { isApiError } from '../../src/core/isApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

/** The ApiError of the seed example whose heading ends with `heading`. */
export function seedError(seed: string, heading: string, index = 0): ApiError {
  const example = SEED_EXAMPLES.filter((candidate) => candidate.seed === seed && candidate.heading.endsWith(heading))[index];
  if (!example) throw new Error(`no seed example ${seed} ${heading}`);
  return normalizeError(example.body, { status: example.status, headers: example.headers });
}

/** The ApiError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
      return error;
    },
  );
}

import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ApiError } from '../../src/core/ApiError';
import { isApiError } from '../../src/core/isApiError';
import { seedKit, type PRESET_OF_SEED } from './kits';

/** The ApiError of the seed example whose heading ends with `heading`, read by a kit with that seed's preset. */
export function seedError(seed: keyof typeof PRESET_OF_SEED, heading: string, index = 0): ApiError {
  const example = SEED_EXAMPLES.filter((candidate) => candidate.seed === seed && candidate.heading.endsWith(heading))[index];
  if (!example) throw new Error(`no seed example ${seed} ${heading}`);
  return seedKit(seed).normalize(example.body, { status: example.status, headers: example.headers });
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

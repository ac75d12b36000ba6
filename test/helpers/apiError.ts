import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ApiError } from '../../src/core/ApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

/** The ApiError of the seed example whose heading ends with `heading`. */
export function seedError(seed: string, heading: string, index = 0): ApiError {
  const example = SEED_EXAMPLES.filter((candidate) => candidate.seed === seed && candidate.heading.endsWith(heading))[index];
  if (!example) throw new Error(`no seed example ${seed} ${heading}`);
  return normalizeError(example.body, { status: example.status, headers: example.headers });
}

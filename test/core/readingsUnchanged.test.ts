import { describe, expect, it } from 'vitest';
import { seedKit } from '../../fixtures/kits';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { STANDARD_EXAMPLES } from '../../fixtures/standardExamples';
import type { ApiError } from '../../src/core/ApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

// Every reading a user could notice, recorded before the kit learned the public APIs' formats
// (the snapshot was written at 7dc6bd1): reading more formats must not change these.
function reading(error: ApiError) {
  const { code, category, status, message, serverMessage, fieldErrors, retryAfterMs, correlationId, dialect, retryable } = error;
  return { code, category, status, message, serverMessage, fieldErrors, retryAfterMs, correlationId, dialect, retryable };
}

describe('readings that new formats must not change', () => {
  it('reads every example body of the five product APIs, through its preset, as before', async () => {
    const readings = SEED_EXAMPLES.map((example) => ({
      seed: example.seed,
      heading: example.heading,
      ...reading(seedKit(example.seed as '000').normalize(example.body, { status: example.status, headers: example.headers, now: 0 })),
    }));
    await expect(JSON.stringify(readings, null, 1)).toMatchFileSnapshot('./__snapshots__/seedReadings.json');
  });

  it('reads every standard-format example, with the default kit, as before', async () => {
    const readings = STANDARD_EXAMPLES.map((example) => ({
      name: example.name,
      ...reading(normalizeError(example.body, { status: example.status, headers: example.headers, now: 0 })),
    }));
    await expect(JSON.stringify(readings, null, 1)).toMatchFileSnapshot('./__snapshots__/standardReadings.json');
  });
});

import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../fixtures/hostileBodies';
import { normalizeError } from '../../src/core/normalize/normalizeError';

const MB = 1_000_000;

/** Milliseconds to normalize the failure, the best of a few runs (the machine is shared and noisy). */
function timeToRead(make: () => ReturnType<(typeof HOSTILE_SHAPES)[number]['make']>): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const { input, status, headers } = make();
    const started = performance.now();
    normalizeError(input, { status, headers });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('reading a hostile body takes linear time', () => {
  // A quadratic pattern took 882 s on a 1 MB body; a linear reader takes milliseconds. The
  // margin is wide on purpose: this catches a quadratic comeback, not a few percent.
  it.each(HOSTILE_SHAPES.map((shape) => [shape.name, shape] as const))('%s: 1 MB in well under a second', (_, shape) => {
    expect(timeToRead(() => shape.make(MB))).toBeLessThan(1000);
  });

  it('keeps what it reads bounded, whatever the body holds', () => {
    for (const shape of HOSTILE_SHAPES) {
      const { input, status, headers } = shape.make(MB);
      const error = normalizeError(input, { status, headers });
      expect(error.fieldErrors.length, shape.name).toBeLessThanOrEqual(100);
      expect(error.code.length, shape.name).toBeLessThanOrEqual(100);
      expect(error.message.length, shape.name).toBeLessThanOrEqual(500);
      expect(JSON.stringify(error.details).length, shape.name).toBeLessThan(100_000);
      for (const { message } of error.fieldErrors) expect(message.length, shape.name).toBeLessThanOrEqual(500);
    }
  });
});

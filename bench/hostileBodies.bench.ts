// `npm run bench`: how long normalizeError takes on the worst bodies a misbehaving server can
// send, at 10 KB, 100 KB, 1 MB and 5 MB, beside JSON.parse of the same text in the same run. A
// reader that backtracks grows with the square of the size; this one grows at most linearly,
// and past the 1 MB parse cap a body is read as opaque text at a bounded cost.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, type HostileFailure } from '../fixtures/hostileBodies';
import { normalizeError } from '../src/core/normalize/normalizeError';

const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`);

/**
 * The best of a few timings of `work` on a freshly made failure, in ms: the machine is shared,
 * and the best run is the one least disturbed. Fresh, because a thrown object is normalized once
 * and its answer reused.
 */
function best(make: () => HostileFailure, work: (failure: HostileFailure) => unknown, rounds: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const failure = make();
    const started = performance.now();
    work(failure);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const parse = ({ input }: HostileFailure) => {
  try {
    return typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  } catch {
    return input;
  }
};

const ms = (value: number | undefined) => (value === undefined ? '—' : value < 1 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);

describe('hostile bodies', () => {
  it('are read in time that grows no faster than their size', () => {
    const rows: string[] = [];
    for (const shape of HOSTILE_SHAPES) {
      const times = SIZES.map((size) => {
        const make = () => shape.make(size);
        const rounds = size >= 1_000_000 ? 3 : 7;
        const textual = typeof make().input === 'string';
        return {
          normalize: best(make, (failure) => normalizeError(failure.input, { status: failure.status, headers: failure.headers }), rounds),
          parse: textual ? best(make, parse, rounds) : undefined,
        };
      });
      const [, , mb1, mb5] = times;
      rows.push(`| ${shape.name} | ${times.map(({ normalize }) => ms(normalize)).join(' | ')} | ${ms(mb1?.parse)} |`);
      // Five times the size may cost at most about five times as much (plus noise); quadratic would be 25×.
      expect((mb5?.normalize ?? 0) / Math.max(mb1?.normalize ?? 0, 5), shape.name).toBeLessThan(10);
      expect(mb1?.normalize ?? 0, shape.name).toBeLessThan(1000);
    }
    const table = [
      `| shape | ${SIZES.map(label).join(' | ')} | \`JSON.parse\`, 1 MB |`,
      `| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: |`,
      ...rows,
    ].join('\n');
    console.log(`\n${table}\n`);
    const file = 'BENCHMARKS.md';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<!-- hostile-benchmark:start -->)[\s\S]*?(<!-- hostile-benchmark:end -->)/, `$1\n${table}\n$2`));
  }, 300_000);
});

// `npm run bench`: how fast normalizeError reads every fixture body, against JSON.parse of the
// same text in the same run: the median of the per-body ratios (these machines are shared and noisy).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../fixtures/seedExamples';
import { STANDARD_EXAMPLES } from '../fixtures/standardExamples';
import { normalizeError } from '../src/core/normalize/normalizeError';

const bodies = [...SEED_EXAMPLES, ...STANDARD_EXAMPLES].map((example) => ({
  text: typeof example.body === 'string' ? example.body : JSON.stringify(example.body),
  status: example.status,
  headers: example.headers,
}));

/** The best of `rounds` timings of `work` run `iterations` times, in ns per run. */
function measure(work: () => unknown, iterations = 300, rounds = 5): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) work();
    best = Math.min(best, performance.now() - started);
  }
  return (best * 1e6) / iterations;
}

const parse = (text: string) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('normalizeError speed', () => {
  it('reads the median fixture body within a small multiple of what JSON.parse alone takes', () => {
    for (const body of bodies) normalizeError(body.text, body); // warm-up
    const rows = bodies.map((body) => ({ parse: measure(() => parse(body.text)), normalize: measure(() => normalizeError(body.text, body)) }));
    const ratios = rows.map(({ parse: parsed, normalize }) => normalize / parsed);
    const ratio = median(ratios);
    const parseMedian = median(rows.map((row) => row.parse));
    const normalizeMedian = median(rows.map((row) => row.normalize));
    const table = [
      '| work, per body (median over the bodies) | time | ratio |',
      '| --- | ---: | ---: |',
      `| \`JSON.parse\` of the body text | ${(parseMedian / 1000).toFixed(2)} µs | 1.0 |`,
      `| \`normalizeError\` of the body text (parse, detect, registry, screen, redact) | ${(normalizeMedian / 1000).toFixed(2)} µs | ${ratio.toFixed(1)} |`,
      '',
      `${bodies.length} bodies (every seed example and standard-format example); the ratio is the median of each body's own ratio.`,
    ].join('\n');
    console.log(`\n${table}\n`);
    const file = 'BENCHMARKS.md';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<!-- normalize-benchmark:start -->)[\s\S]*?(<!-- normalize-benchmark:end -->)/, `$1\n${table}\n$2`));
    expect(ratio).toBeLessThan(60);
  }, 120_000);
});

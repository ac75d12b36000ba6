// `npm run bench`: how fast normalizeError reads every fixture body, against JSON.parse of the
// same text in the same run (a ratio, since these machines are shared and noisy).
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

/** The best of `rounds` timings of `work` run `iterations` times over every body, in ns per body. */
function measure(work: (body: (typeof bodies)[number]) => unknown, iterations = 200, rounds = 7): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) for (const body of bodies) work(body);
    best = Math.min(best, performance.now() - started);
  }
  return (best * 1e6) / (iterations * bodies.length);
}

describe('normalizeError speed', () => {
  it('reads every fixture body in less than 60 times what JSON.parse alone takes', () => {
    measure((body) => normalizeError(body.text, body), 50, 2); // warm-up
    const parse = measure((body) => {
      try {
        return JSON.parse(body.text) as unknown;
      } catch {
        return body.text;
      }
    });
    const normalize = measure((body) => normalizeError(body.text, body));
    const ratio = normalize / parse;
    const table = [
      '| work, per body | time | ratio |',
      '| --- | ---: | ---: |',
      `| \`JSON.parse\` of the body text | ${(parse / 1000).toFixed(2)} µs | 1.0 |`,
      `| \`normalizeError\` of the body text (parse, detect, registry, redact) | ${(normalize / 1000).toFixed(2)} µs | ${ratio.toFixed(1)} |`,
      '',
      `${bodies.length} bodies (every seed example and standard-format example).`,
    ].join('\n');
    console.log(`\n${table}\n`);
    const file = 'BENCHMARKS.md';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<!-- normalize-benchmark:start -->)[\s\S]*?(<!-- normalize-benchmark:end -->)/, `$1\n${table}\n$2`));
    expect(ratio).toBeLessThan(60);
  }, 60_000);
});

// `npm run bench:retry`: the retry policy against react-query's default and a naive policy,
// on scripted servers, in simulated time. Prints a table and keeps it in BENCHMARKS.md.
import { DEFAULT_MAX_AUTOMATIC_RETRIES } from '../src/core/retry/selfRetry';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scriptedServers';
import { POLICIES, simulate, type SimulationResult } from './simulateRetries';

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

describe('retry benchmark', () => {
  it('compares the policies on every scripted server', async () => {
    const rows: string[] = [];
    const ours: Array<{ scenario: string; result: SimulationResult }> = [];
    for (const makeServer of SCENARIOS) {
      for (const policy of POLICIES) {
        const server = makeServer();
        const result = await simulate(server, policy);
        if (policy.name === 'api-error-kit') ours.push({ scenario: server.name, result });
        rows.push(`| ${server.name} | ${policy.name} | ${result.requestsInFirstMinute} | ${result.requests} | ${seconds(result.errorUiAtMs)} | ${result.retryAfterViolations} | ${seconds(result.recoveredAtMs)} |`);
      }
    }
    const table = [
      '| server | policy | requests in 60 s | requests in 180 s | error UI at | Retry-After violations | data back at |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
    console.log(`\n${table}\n`);

    const file = 'BENCHMARKS.md';
    const text = readFileSync(file, 'utf8');
    const updated = text.replace(/(<!-- retry-benchmark:start -->)[\s\S]*?(<!-- retry-benchmark:end -->)/, `$1\n${table}\n$2`);
    writeFileSync(file, updated);

    // What the policy promises: nothing retried that cannot succeed, no stated wait cut short.
    for (const { scenario, result } of ours) {
      expect(result.retryAfterViolations, scenario).toBe(0);
      if (/^4\d\d always/.test(scenario) && !scenario.startsWith('429')) expect(result.requests, scenario).toBe(1);
      // Every automatic retry has a floor, a gap and a cap: a server stating zero gets the first request and the fallback's fifteen, not thousands.
      expect(result.requests, scenario).toBeLessThanOrEqual(1 + DEFAULT_MAX_AUTOMATIC_RETRIES);
    }
  }, 120_000);
});

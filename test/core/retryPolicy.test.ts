import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createRegistry } from '../../src/core/registry/createRegistry';
import { backoffCeiling, equalJitterDelay, fullJitterDelay } from '../../src/core/retry/backoff';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';

const failure = (status: number, body: unknown = '', headers: Record<string, string> = {}) => normalizeError(body, { status, headers });

describe('createRetryPolicy', () => {
  const policy = createRetryPolicy({ random: () => 0.5 });

  it.each([400, 401, 402, 403, 404, 405, 409, 410, 413, 422])('never retries a %i', (status) => {
    expect(policy.retry(0, failure(status))).toBe(false);
  });

  it('never retries a quota, even at 429', () => {
    const quota = normalizeError({ success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded', context: { limit: 100, used: 150 } } }, { status: 429 });
    expect(policy.retry(0, quota)).toBe(false);
  });

  it('never retries a cancelled request', () => {
    expect(policy.retry(0, new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it('retries 408, 429 and 5xx three times by default', () => {
    for (const status of [408, 500, 502, 503, 504]) {
      expect([0, 1, 2, 3].map((n) => policy.retry(n, failure(status)))).toEqual([true, true, true, false]);
    }
  });

  it('allows rate limits five attempts, as seed 001 advises', () => {
    expect([0, 1, 2, 3, 4].map((n) => policy.retry(n, failure(429)))).toEqual([true, true, true, true, false]);
  });

  it('honours a stated wait exactly, never shorter', () => {
    expect(policy.retryDelay(0, failure(429, '', { 'Retry-After': '5' }))).toBe(5000);
    expect(policy.retryDelay(3, failure(503, { success: false, data: { retry_after: 7 }, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Down' }))).toBe(7000);
  });

  it('stops retrying when the stated wait is longer than the cap, so the UI can count down', () => {
    expect(policy.retry(0, failure(429, '', { 'Retry-After': '61' }))).toBe(false);
    expect(policy.retry(0, failure(429, '', { 'Retry-After': '60' }))).toBe(true);
    expect(createRetryPolicy({ maxServerWaitMs: 600_000 }).retry(0, failure(429, '', { 'Retry-After': '300' }))).toBe(true);
  });

  it('keeps retrying network errors while the browser is offline', () => {
    const offline = createRetryPolicy({ isOnline: () => false });
    expect(offline.retry(10, new TypeError('Failed to fetch'))).toBe(true);
    const online = createRetryPolicy({ isOnline: () => true });
    expect(online.retry(3, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('lets an app change a code’s retry rule through its registry', () => {
    const registry = createRegistry({ codes: { INTERNAL_ERROR: { status: 500, category: 'server', retryable: false }, FLAKY: { category: 'server', maxRetries: 6 } } });
    const appPolicy = createRetryPolicy({ registry });
    expect(appPolicy.retry(0, failure(500))).toBe(false);
    expect(appPolicy.retry(5, normalizeError({ error: 'FLAKY', message: 'flaky' }, { registry }))).toBe(true);
  });

  it('backs off exponentially with full jitter, capped at 60 s', () => {
    expect([0, 1, 2, 3, 6, 10].map((n) => createRetryPolicy({ random: () => 0.999_999 }).retryDelay(n, failure(500)))).toEqual([999, 1999, 3999, 7999, 59_999, 59_999]);
  });
});

describe('backoff', () => {
  const options = fc.record({ baseDelayMs: fc.integer({ min: 1, max: 10_000 }), maxDelayMs: fc.integer({ min: 1, max: 600_000 }) });
  const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

  test.prop([fc.integer({ min: 0, max: 1000 }), options, random])('full jitter stays in [0, min(cap, base × 2^n))', (attempt, numbers, r) => {
    const delay = fullJitterDelay(attempt, { ...numbers, random: () => r });
    const ceiling = Math.min(numbers.maxDelayMs, numbers.baseDelayMs * 2 ** Math.min(attempt, 30));
    expect(backoffCeiling(attempt, numbers)).toBe(ceiling);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(Math.max(0, ceiling - 1) + 1e-9);
    expect(Number.isInteger(delay)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 1000 }), options, random])('equal jitter stays in [ceiling / 2, ceiling)', (attempt, numbers, r) => {
    const ceiling = backoffCeiling(attempt, numbers);
    const delay = equalJitterDelay(attempt, { ...numbers, random: () => r });
    expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
    expect(delay).toBeLessThanOrEqual(ceiling);
  });
});

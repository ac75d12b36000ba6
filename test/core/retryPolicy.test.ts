import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fullKit } from '../helpers/kits';

// The seeds' envelopes are read as an app that speaks them reads them: with their presets.
const normalizeError = fullKit.normalize;
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { standardDialects } from '../../src/dialects';
import { automaticRetryDelay, backoffCeiling } from '../../src/core/retry/backoff';
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
    expect(policy.retryDelay(1, failure(503, { success: false, data: { retry_after: 7 }, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Down' }))).toBe(7000);
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
    const kit = createErrorKit({ dialects: standardDialects, codes: { INTERNAL_ERROR: { category: 'server', retryable: false }, FLAKY: { category: 'server', maxRetries: 6 } } });
    const appPolicy = createRetryPolicy({ kit });
    expect(appPolicy.retry(0, failure(500))).toBe(false);
    expect(appPolicy.retry(5, kit.normalize({ error: 'FLAKY', message: 'flaky' }))).toBe(true);
  });

  it('backs off from a 1 s floor, doubling, with upward jitter, capped at 60 s', () => {
    const top = createRetryPolicy({ random: () => 0.999_999 });
    const bottom = createRetryPolicy({ random: () => 0 });
    expect([0, 1, 2, 3, 6, 10].map((n) => bottom.retryDelay(n, failure(500)))).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000]);
    expect([0, 1, 2, 3, 6, 10].map((n) => top.retryDelay(n, failure(500)))).toEqual([1499, 2999, 5998, 11_996, 60_000, 60_000]);
  });

  it('never retries sooner than the floor when the server states zero, and grows the wait each time', () => {
    const policy = createRetryPolicy({ random: () => 0.999_999 });
    const zero = normalizeError({ error: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', statusCode: 429 }, { status: 429, headers: { 'Retry-After': '0' } });
    expect(zero.retryAfterMs).toBe(0);
    const delays = [0, 1, 2, 3].map((n) => policy.retryDelay(n, zero));
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    for (let n = 1; n < delays.length; n += 1) expect(delays[n]).toBeGreaterThan(delays[n - 1] ?? Infinity);
    expect(createRetryPolicy({ minDelayMs: 5000, random: () => 0 }).retryDelay(0, zero)).toBe(5000);
  });

  it('honours a stated wait longer than the floor exactly, and never cuts it short', () => {
    const policy = createRetryPolicy({ random: () => 0.999_999 });
    const stated = normalizeError('', { status: 429, headers: { 'Retry-After': '30' } });
    expect([0, 1, 2].map((n) => policy.retryDelay(n, stated))).toEqual([30_000, 30_000, 30_000]);
  });

  it('reads a nonsense failure count as the first attempt', () => {
    const policy = createRetryPolicy({ random: () => 0 });
    expect([Number.NaN, -3, Number.NEGATIVE_INFINITY].map((n) => policy.retryDelay(n, failure(500)))).toEqual([1000, 1000, 1000]);
    expect(policy.retry(Number.NaN, failure(500))).toBe(false);
  });

  it('refuses options that cannot be used, naming the option', () => {
    expect(() => createRetryPolicy({ baseDelayMs: -1 })).toThrow(/baseDelayMs/);
    expect(() => createRetryPolicy({ minDelayMs: Number.NaN })).toThrow(/minDelayMs/);
    expect(() => createRetryPolicy({ maxDelayMs: Number.POSITIVE_INFINITY })).toThrow(/maxDelayMs/);
    expect(() => createRetryPolicy({ maxRetries: 2.5 })).toThrow(/maxRetries/);
    expect(() => createRetryPolicy({ maxServerWaitMs: -5 })).toThrow(/maxServerWaitMs/);
  });
});

describe('automatic retry timing', () => {
  const options = fc.record({
    minDelayMs: fc.integer({ min: 0, max: 10_000 }),
    baseDelayMs: fc.integer({ min: 0, max: 10_000 }),
    maxDelayMs: fc.integer({ min: 0, max: 600_000 }),
  });
  const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  const stated = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined });

  test.prop([fc.integer({ min: 0, max: 1000 }), options, random, stated])('is never below the floor nor the stated wait', (attempt, numbers, r, wait) => {
    const delay = automaticRetryDelay(attempt, wait, { ...numbers, random: () => r });
    expect(delay).toBeGreaterThanOrEqual(Math.max(numbers.minDelayMs, 1, wait ?? 0));
    expect(Number.isInteger(delay)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 29 }), options, random, random])('grows from one attempt to the next until the cap', (attempt, numbers, r1, r2) => {
    const now = automaticRetryDelay(attempt, 0, { ...numbers, random: () => r1 });
    const next = automaticRetryDelay(attempt + 1, 0, { ...numbers, random: () => r2 });
    const cap = Math.max(numbers.maxDelayMs, Math.max(numbers.minDelayMs, numbers.baseDelayMs, 1));
    if (now < cap) expect(next).toBeGreaterThan(now);
    else expect(next).toBe(cap);
  });

  test.prop([fc.integer({ min: 0, max: 1000 }), options])('its step is min(cap, max(floor, base) × 2^n)', (attempt, numbers) => {
    const base = Math.max(numbers.minDelayMs, numbers.baseDelayMs, 1);
    expect(backoffCeiling(attempt, numbers)).toBe(Math.min(Math.max(base, numbers.maxDelayMs), base * 2 ** Math.min(attempt, 30)));
  });
});

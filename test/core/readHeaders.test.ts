import { describe, expect, it } from 'vitest';
import { headerRetryAfterMs } from '../../src/core/normalize/headerHints';
import { readHeaders } from '../../src/core/normalize/headers';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const reset = (status: number, headers: Record<string, string>) => headerRetryAfterMs(readHeaders(headers), status, NOW);

describe('reading headers from whatever a caller passed', () => {
  it('reads a plain object by any case, trimmed, numbers as text, blanks and other values as absent', () => {
    const header = readHeaders({ 'Retry-After': ' 5 ', 'X-Count': 3, 'X-Blank': '   ', 'X-List': ['a', 'b'], 'X-Object': { id: 'r-1' } });
    expect(header('retry-after')).toBe('5');
    expect(header('x-count')).toBe('3');
    expect(header('x-blank')).toBeUndefined();
    expect(header('x-list')).toBeUndefined();
    expect(header('x-object')).toBeUndefined();
  });

  it('keeps the good headers of a plain object that also has a name no Headers object takes', () => {
    expect(readHeaders({ 'Retry-After': '5', 'bad name': 'x' })('retry-after')).toBe('5');
  });

  it('reads at most 200 names of a plain object', () => {
    const many = Object.fromEntries(Array.from({ length: 250 }, (_, index) => [`x-h${index}`, String(index)]));
    const header = readHeaders(many);
    expect(header('x-h199')).toBe('199');
    expect(header('x-h200')).toBeUndefined();
  });

  it('reads a Headers object and a list of pairs', () => {
    expect(readHeaders(new Headers({ 'X-Request-Id': 'req-1' }))('x-request-id')).toBe('req-1');
    expect(readHeaders([['X-Request-Id', 'req-2']])('x-request-id')).toBe('req-2');
  });

  it('reads headers that throw, or that cannot be read at all, as absent', () => {
    const throwingGet = { get: () => { throw new Error('boom'); }, has: () => true };
    expect(readHeaders(throwingGet)('retry-after')).toBeUndefined();
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(readHeaders(hostile)('retry-after')).toBeUndefined();
    expect(readHeaders(null)('retry-after')).toBeUndefined();
  });
});

describe('rate-limit resets', () => {
  it('reads whole seconds and up to three decimals, and nothing else', () => {
    expect(reset(429, { 'X-RateLimit-Reset': '1.5' })).toBe(1500);
    expect(reset(429, { 'X-RateLimit-Reset': '1.255' })).toBe(1255);
    expect(reset(429, { 'X-RateLimit-Reset': '1.2555' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': '12s' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': 'in 12' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': '1.x' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': '12345678901234' })).toBeUndefined();
  });

  it('takes 10^9 and more as epoch seconds and 10^12 and more as epoch ms, and a reset that is now or past as no wait', () => {
    expect(reset(429, { 'X-RateLimit-Reset': '1000000000' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': '1000000000000' })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': String(NOW) })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': String(NOW / 1000) })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': String(NOW - 5000) })).toBeUndefined();
    expect(reset(429, { 'X-RateLimit-Reset': String(NOW / 1000 - 5) })).toBeUndefined();
  });

  it('reads the combined RateLimit header with decimals, and its remaining count outside a 429', () => {
    expect(reset(429, { RateLimit: 'limit=100, remaining=0, reset=1.25' })).toBe(1250);
    expect(reset(400, { RateLimit: 'limit=100, remaining=0, reset=50' })).toBe(50_000);
    expect(reset(400, { RateLimit: 'limit=100, remaining=10, reset=50' })).toBeUndefined();
  });

  it('falls back to the reset headers when the combined header has no reset', () => {
    expect(reset(429, { RateLimit: 'limit=100, remaining=0', 'X-RateLimit-Reset': '30' })).toBe(30_000);
    expect(reset(429, { 'X-Rate-Limit-Reset': '20' })).toBe(20_000);
  });
});

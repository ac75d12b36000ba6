import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const wait = (status: number, headers: Record<string, string>, body: unknown = '') => normalizeError(body, { status, headers, now: NOW }).retryAfterMs;

describe('how long the server asks a client to wait', () => {
  it('reads Retry-After seconds and HTTP-dates', () => {
    expect(wait(429, { 'Retry-After': '5' })).toBe(5000);
    expect(wait(503, { 'Retry-After': 'Wed, 15 Jan 2025 12:01:00 GMT' })).toBe(60_000);
    expect(wait(503, { 'Retry-After': 'Wed, 15 Jan 2025 11:00:00 GMT' })).toBe(0);
  });

  it('tells an epoch reset from a delta', () => {
    expect(wait(429, { 'X-RateLimit-Reset': String(NOW / 1000 + 42) })).toBe(42_000);
    expect(wait(429, { 'X-RateLimit-Reset': '42' })).toBe(42_000);
    expect(wait(429, { 'X-RateLimit-Reset': String(NOW + 7000) })).toBe(7000);
    expect(wait(429, { 'X-RateLimit-Reset': '1642262400' })).toBeUndefined();
  });

  it('reads the IETF RateLimit headers, older and structured', () => {
    expect(wait(429, { RateLimit: 'limit=100, remaining=0, reset=50' })).toBe(50_000);
    expect(wait(429, { 'RateLimit-Policy': '"default";q=100;w=60', RateLimit: '"default";r=0;t=30' })).toBe(30_000);
    expect(wait(429, { 'RateLimit-Reset': '12' })).toBe(12_000);
  });

  it('ignores a reset while requests remain', () => {
    expect(wait(400, { 'X-RateLimit-Remaining': '12', 'X-RateLimit-Reset': '30' })).toBeUndefined();
    expect(wait(200, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '30' }, { errors: [{ message: 'limited' }] })).toBe(30_000);
  });

  it('lets the header win over the body', () => {
    expect(wait(429, { 'Retry-After': '10' }, { success: false, data: { retry_after: 45 }, error_code: 'RATE_LIMIT_EXCEEDED', error_message: 'Wait' })).toBe(10_000);
  });

  it('ignores nonsense', () => {
    expect(wait(429, { 'Retry-After': 'soon' })).toBeUndefined();
    expect(wait(429, { 'Retry-After': '-5' })).toBeUndefined();
  });
});

describe('the support reference', () => {
  it('prefers X-Correlation-ID, then X-Request-ID, then the body', () => {
    const body = { success: false, error: { code: 'INTERNAL_ERROR', message: 'x', details: { error_id: 'err_body' } } };
    expect(normalizeError(body, { status: 500, headers: { 'X-Correlation-ID': 'corr', 'X-Request-ID': 'req' } }).correlationId).toBe('corr');
    expect(normalizeError(body, { status: 500, headers: { 'X-Request-ID': 'req' } }).correlationId).toBe('req');
    expect(normalizeError(body, { status: 500 }).correlationId).toBe('err_body');
  });
});

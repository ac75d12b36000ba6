import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { isApiError } from '../../src/core/isApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

const rateLimited = () =>
  normalizeError(
    { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests, slow down.' } },
    { status: 429, headers: { 'Retry-After': '30', 'X-Correlation-ID': 'req_8c1f' } },
  );

describe('ApiError construction', () => {
  it('leaves the engine’s stack trace limit as it was, so later errors keep their stacks', () => {
    const before = Error.stackTraceLimit;
    rateLimited();
    new ApiError({ code: 'TIMEOUT', category: 'timeout', message: 'The request took too long.', retryable: true });
    expect(Error.stackTraceLimit).toBe(before);
    const later = new Error('a bug in the app');
    expect(later.stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('carries its status, wait and support reference into a spread and into JSON', () => {
    const error = rateLimited();
    expect({ ...error }).toMatchObject({ status: 429, retryAfterMs: 30_000, correlationId: 'req_8c1f', code: 'RATE_LIMIT_EXCEEDED' });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ status: 429, retryAfterMs: 30_000, correlationId: 'req_8c1f' });
    expect(Object.keys(error)).toEqual(expect.arrayContaining(['status', 'retryAfterMs', 'correlationId', 'serverMessage']));
  });

  it('is recognised by another copy of the kit (a duplicate install), whose class is not this one', async () => {
    vi.resetModules();
    const other = await import('../../src/core/ApiError');
    expect(other.ApiError).not.toBe(ApiError);
    const foreign = new other.ApiError({ code: 'TOKEN_EXPIRED', category: 'unauthenticated', message: 'Your session has expired.', retryable: false, status: 401 });
    expect(foreign).not.toBeInstanceOf(ApiError);
    expect(isApiError(foreign)).toBe(true);
    // It is taken as it is rather than read again as an unknown failure.
    expect(normalizeError(foreign)).toBe(foreign);
  });
});

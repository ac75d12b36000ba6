import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

describe('normalizeError on what fetch and HTTP clients throw', () => {
  it.each([
    ['Chromium', new TypeError('Failed to fetch')],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    ['Safari', new TypeError('Load failed')],
    ['Node', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })],
    ['axios', Object.assign(new Error('Network Error'), { code: 'ERR_NETWORK' })],
  ])('reads a failed fetch in %s as a network error', (_, thrown) => {
    expect(normalizeError(thrown)).toMatchObject({ code: 'NETWORK_ERROR', category: 'network', retryable: true, dialect: 'fetch' });
  });

  it('reads an abort as cancelled, never retried', () => {
    const error = normalizeError(new DOMException('The operation was aborted.', 'AbortError'));
    expect(error).toMatchObject({ code: 'CANCELLED', category: 'cancelled', retryable: false });
  });

  it('reads AbortSignal.timeout as a timeout', () => {
    expect(normalizeError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ code: 'TIMEOUT', category: 'timeout', retryable: true });
  });

  it('never shows the text of a script error', () => {
    const error = normalizeError(new TypeError("Cannot read properties of undefined (reading 'map')"));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown', dialect: 'javascript' });
    expect(error.message).not.toMatch(/undefined|map/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("reads an axios error's response", () => {
    const thrown = Object.assign(new Error('Request failed with status code 401'), {
      isAxiosError: true,
      response: { status: 401, headers: { 'x-request-id': 'req_9' }, data: { success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } } },
    });
    expect(normalizeError(thrown)).toMatchObject({ code: 'TOKEN_EXPIRED', status: 401, category: 'unauthenticated', correlationId: 'req_9' });
  });

  it("reads an ofetch error's data and status", () => {
    const thrown = Object.assign(new Error('[POST] "/api/urls": 409 Conflict'), {
      name: 'FetchError',
      status: 409,
      data: { success: false, data: null, error_code: 'CONFLICT', error_message: "Short code 'mylink' is already taken" },
    });
    expect(normalizeError(thrown)).toMatchObject({ code: 'CONFLICT', status: 409, message: "Short code 'mylink' is already taken" });
  });

  it('reads a Response it cannot wait for by its status and headers', () => {
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '20' } });
    expect(normalizeError(response)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterMs: 20_000 });
  });

  it('returns an ApiError unchanged', () => {
    const error = new ApiError({ code: 'X', category: 'conflict', message: 'x', retryable: false });
    expect(normalizeError(error)).toBe(error);
  });

  it.each([null, undefined, 42, true, [], 'oops'])('gives %s a well-formed answer', (value) => {
    const error = normalizeError(value);
    expect(error.code).toBe('UNKNOWN_ERROR');
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('reads a bare 401 as UNAUTHORIZED', () => {
    expect(normalizeError(null, { status: 401 })).toMatchObject({ code: 'UNAUTHORIZED', category: 'unauthenticated', status: 401 });
  });
});

describe('what each HTTP client throws, by name and code', () => {
  const thrown = (message: string, fields: Record<string, unknown>) => normalizeError(Object.assign(new Error(message), fields)).category;

  it.each([
    ['react-query CancelledError', 'cancelled', { name: 'CancelledError' }],
    ['axios ERR_CANCELED', 'cancelled', { code: 'ERR_CANCELED' }],
    ['Node ETIMEDOUT', 'timeout', { code: 'ETIMEDOUT' }],
    ['axios ECONNABORTED', 'timeout', { code: 'ECONNABORTED' }],
    ['undici connect timeout', 'timeout', { code: 'UND_ERR_CONNECT_TIMEOUT' }],
    ['axios ERR_NETWORK', 'network', { code: 'ERR_NETWORK' }],
    ['undici, by its cause', 'network', { cause: { code: 'ECONNREFUSED' } }],
    ['a statusCode (got, Fastify)', 'unavailable', { statusCode: 503 }],
  ])('%s', (_, category, fields) => {
    expect(thrown('Request could not complete', fields)).toBe(category);
  });
});

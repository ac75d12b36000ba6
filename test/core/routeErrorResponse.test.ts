import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../src/core/normalize/errorFromResponse';
import { fullKit } from '../helpers/kits';

// Its bodies are MediaNest's: read as an app that speaks MediaNest reads them.
const normalizeError = fullKit.normalize;

describe('a route error response (React Router) or an HTTP client response object', () => {
  it('reads the body in data, with the status and headers the response carries', () => {
    const thrown = {
      status: 409,
      statusText: 'Conflict',
      internal: false,
      data: { success: false, error: { code: 'ALREADY_EXISTS', message: 'That handle is already taken.' } },
      headers: { 'x-request-id': 'req_9f2c', 'retry-after': '30' },
    };
    expect(normalizeError(thrown)).toMatchObject({
      code: 'ALREADY_EXISTS',
      category: 'conflict',
      status: 409,
      message: 'That handle is already taken.',
      dialect: 'medianest',
      correlationId: 'req_9f2c',
      retryAfterMs: 30_000,
    });
  });

  it('reads a status given as a numeric string', () => {
    const thrown = { status: '429', statusText: 'Too Many Requests', data: { detail: 'Rate limit exceeded. Try again later.' } };
    expect(normalizeError(thrown)).toMatchObject({ status: 429, category: 'rate-limited', dialect: 'detail' });
  });

  it('lets a status the caller gives win over the one in the response', () => {
    const thrown = { status: 400, statusText: 'Bad Request', data: null, headers: { 'retry-after': '30' } };
    const error = normalizeError(thrown, { status: 503, headers: { 'Retry-After': '5' } });
    expect(error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfterMs: 5000 });
  });

  it('shows nothing of the router’s own errors (internal: true): the status speaks', () => {
    const thrown = { status: 404, statusText: 'Not Found', internal: true, data: 'Error: No route matches URL "/admin/secret-panel"' };
    const error = normalizeError(thrown);
    expect(error).toMatchObject({ code: 'NOT_FOUND', category: 'not-found', status: 404, dialect: 'empty' });
    expect(error.message).not.toContain('secret-panel');
    expect(error.serverMessage).toBeUndefined();
  });

  it('reads the data of a route error that is not internal', () => {
    const thrown = { status: 403, statusText: 'Forbidden', internal: false, data: 'You do not have access to this project.' };
    expect(normalizeError(thrown)).toMatchObject({ status: 403, dialect: 'text', message: 'You do not have access to this project.' });
  });

  it('is not a route error response without a usable status: the object itself is read', () => {
    const error = normalizeError({ statusText: 'Conflict', data: { detail: 'That handle is already taken.' } });
    expect(error).toMatchObject({ dialect: 'json', code: 'UNKNOWN_ERROR' });
    expect(error.status).toBeUndefined();
    expect(normalizeError({ status: 'soon', statusText: 'Conflict', data: { detail: 'Taken.' } }).dialect).toBe('json');
  });

  it('is not a route error response without data or without a statusText', () => {
    const withoutData = normalizeError({ status: 409, statusText: 'Conflict', detail: 'That handle is already taken.' });
    expect(withoutData.dialect).toBe('detail');
    expect(withoutData).not.toHaveProperty('status');
    // `{status, data}` alone is what RTK Query hands back: its data is the body.
    expect(normalizeError({ status: 409, data: { detail: 'That handle is already taken.' } })).toMatchObject({ dialect: 'detail', status: 409, serverMessage: 'That handle is already taken.' });
  });
});

describe('headers in the shapes HTTP clients give them', () => {
  it('reads numeric header values of a plain object (axios)', () => {
    const error = normalizeError({ detail: 'Too many uploads.' }, { status: 429, headers: { 'Retry-After': 30 } as unknown as HeadersInit });
    expect(error.retryAfterMs).toBe(30_000);
    const routed = normalizeError({ status: 429, statusText: 'Too Many Requests', data: { detail: 'Too many uploads.' }, headers: { 'retry-after': 12, 'x-request-id': 'req_77' } });
    expect(routed).toMatchObject({ retryAfterMs: 12_000, correlationId: 'req_77' });
  });

  it('reads headers given as a list of name/value pairs', () => {
    const error = normalizeError({ detail: 'Too many uploads.' }, { status: 429, headers: [['Retry-After', '20'], ['X-Request-ID', 'req_42']] });
    expect(error).toMatchObject({ retryAfterMs: 20_000, correlationId: 'req_42' });
  });

  it('reads malformed header pairs as no headers at all', () => {
    const error = normalizeError({ detail: 'Too many uploads.' }, { status: 429, headers: [['Retry-After']] as unknown as HeadersInit });
    expect(error).toMatchObject({ status: 429, category: 'rate-limited' });
    expect(error.retryAfterMs).toBeUndefined();
  });
});

describe('a body that starts like JSON and is not', () => {
  it('is never shown as the message: the registry speaks for the status', () => {
    const error = normalizeError('{ Service is being updated, back soon', { status: 400 });
    expect(error).toMatchObject({ dialect: 'malformed-json', status: 400, code: 'BAD_REQUEST' });
    expect(error.message).not.toContain('{');
  });

  it('keeps a body cut off by a proxy off the page, whatever its status', () => {
    const cutSession = normalizeError('{"detail": "Token expired', { status: 401, headers: { 'Content-Type': 'application/json' } });
    expect(cutSession).toMatchObject({ dialect: 'malformed-json', category: 'unauthenticated' });
    expect(cutSession.message).not.toContain('{');
    expect(cutSession.serverMessage).toBeUndefined();
    const cutValidation = normalizeError('[{"error":{"code":"VALIDATION_ERROR","message":"Email is invalid"', { status: 422 });
    expect(cutValidation).toMatchObject({ dialect: 'malformed-json', category: 'validation' });
    expect(cutValidation.message).not.toContain('{');
  });

  it('reads a JSON string body as the sentence it holds, without its quotes', () => {
    expect(normalizeError('"Too many requests, slow down."', { status: 429, headers: { 'Content-Type': 'application/json' } })).toMatchObject({ dialect: 'text', message: 'Too many requests, slow down.' });
    expect(normalizeError('"Premium" is not a plan you can choose.', { status: 400 })).toMatchObject({ dialect: 'text', message: '"Premium" is not a plan you can choose.' });
  });
});

describe('errorFromResponse on responses that cannot be read normally', () => {
  it('reads a body that was already consumed as no body: the status speaks', async () => {
    const response = new Response(JSON.stringify({ detail: 'Invalid coupon code.' }), { status: 400, headers: { 'Content-Type': 'application/json' } });
    await response.text();
    const error = await errorFromResponse(response);
    expect(error).toMatchObject({ dialect: 'empty', status: 400, code: 'BAD_REQUEST' });
    expect(error.serverMessage).toBeUndefined();
  });

  it('answers UNKNOWN_ERROR for a response-like object whose status cannot be read', async () => {
    const detached = {
      get status(): number {
        throw new Error('detached');
      },
      text: async () => '{"detail":"Invalid coupon code."}',
    };
    const error = await errorFromResponse(detached as unknown as Response);
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(error.cause).toBe(detached);
  });
});

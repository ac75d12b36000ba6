import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch, createApiClient } from '../../src/fetch/apiFetch';
import { waitIn } from '../../src/core/messages/describeWait';
import { en } from '../../src/locales/en';

const describeWait = (ms: number) => waitIn(ms)({ catalogue: en, locale: 'en' });
import { cut } from '../../src/core/internal/cut';
import { isApiError } from '../../src/core/isApiError';
import { errorFromResponse } from '../../src/core/normalize/errorFromResponse';
import { parseHttpDate, parseRetryAfter } from '../../src/core/normalize/httpDate';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';
import { server } from '../msw/server';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const tooMany = (headers: Record<string, string>, body: unknown = '') => normalizeError(body, { status: 429, headers, now: NOW });

describe('Retry-After, read strictly as RFC 9110 writes it', () => {
  it('reads delay-seconds and the three HTTP-date forms', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Friday, 27-Nov-26 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Fri Nov 27 12:00:30 2026', NOW)).toBe(30_000);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it('reads delay-seconds with decimals, as Microsoft Graph sends them', () => {
    expect(parseRetryAfter('2.128', NOW)).toBe(2128);
  });

  it.each(['1,5', 'abc 1', '1.', '.5', '1.2345', '-1', '+3', ' 5 days', 'Nov 27 2026', '2026-11-27T12:00:30Z', 'Fri, 31 Feb 2026 12:00:00 GMT', 'Fri, 27 Nov 2026 25:00:00 GMT', '1e3', ''])(
    'treats %j, which Date.parse or Number would accept, as no stated wait',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('measures a date from the response’s own Date header, so a client clock that is off cannot shorten the wait', () => {
    // The client's clock runs 10 minutes fast: on its own reading the date has passed already.
    const skewed = NOW + 10 * 60_000;
    const error = normalizeError('', { status: 503, now: skewed, headers: { 'Retry-After': 'Fri, 27 Nov 2026 12:00:30 GMT', Date: 'Fri, 27 Nov 2026 12:00:00 GMT' } });
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('lets no stated zero, past date or spent reset make a retry sooner than the floor', () => {
    const policy = createRetryPolicy({ random: () => 0 });
    const zeroes = [
      tooMany({ 'Retry-After': '0' }),
      tooMany({ 'Retry-After': 'Fri, 27 Nov 2026 11:00:00 GMT' }),
      tooMany({ 'X-RateLimit-Reset': '0', 'X-RateLimit-Remaining': '0' }),
      tooMany({}, { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retry_after: 0 } } }),
      tooMany({}, { error: { code: 429, message: 'x', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '0s' }] } }),
    ];
    for (const error of zeroes) {
      expect(error.retryAfterMs).toBe(0);
      expect([0, 1, 2].map((attempt) => policy.retryDelay(attempt, error))).toEqual([1000, 2000, 4000]);
    }
    // Junk is no stated wait at all.
    expect(tooMany({ 'Retry-After': '1,5' }).retryAfterMs).toBeUndefined();
    expect(tooMany({ 'Retry-After': 'abc 1' }).retryAfterMs).toBeUndefined();
  });
});

describe('bounded values', () => {
  it('ignores a code too long to be one, and derives it from the status', () => {
    expect(normalizeError({ error: { code: 'X'.repeat(5000), message: 'x' } }, { status: 404 }).code).toBe('NOT_FOUND');
    expect(normalizeError('', { status: 400, headers: { 'X-Error-Code': 'Y'.repeat(101) } }).code).toBe('BAD_REQUEST');
  });

  it('caps field errors in total, however the body nests them', () => {
    const errors = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`field_${index}`, Array.from({ length: 100 }, (__, n) => `Message ${n}.`)]));
    expect(normalizeError({ message: 'The given data was invalid.', errors }, { status: 422 }).fieldErrors).toHaveLength(100);
  });

  it('replaces a field message too long to show rather than cutting it', () => {
    const [fieldError] = normalizeError({ detail: [{ loc: ['body', 'bio'], msg: 'x'.repeat(501), type: 'value_error' }] }, { status: 422 }).fieldErrors;
    expect(fieldError?.message).toBe('This value is not valid.');
  });

  it('cuts on code-point boundaries, never leaving half an emoji', () => {
    expect(cut('ab😀cd', 3)).toBe('ab');
    expect(cut('ab😀cd', 4)).toBe('ab😀');
    const echoed = normalizeError({ detail: [{ loc: ['body', 'name'], msg: 'Too long', input: `${'a'.repeat(199)}😀` }] }, { status: 422 }).fieldErrors[0]?.value;
    expect(echoed).toBe('a'.repeat(199));
  });

  it('words absurd waits in units a person can picture', () => {
    expect(describeWait(1e295)).toBe('more than 2 months');
    expect(describeWait(Number.POSITIVE_INFINITY)).toBe('more than 2 months');
    expect(describeWait(Number.NaN)).toBe('more than 2 months');
    expect(describeWait(3 * 86_400_000)).toBe('3 days');
  });

  it('does not look a code up on the prototype', () => {
    const error = normalizeError({ error: { code: 'constructor', message: 'Post not found' } }, { status: 404 });
    expect(error).toMatchObject({ code: 'constructor', category: 'not-found' });
    expect(normalizeError({ error: { code: '__proto__', message: 'Post not found' } }, { status: 404 })).toMatchObject({ category: 'not-found' });
  });
});

describe('every rejection of apiFetch and errorFromResponse is an ApiError', () => {
  const caught = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

  it('takes timeoutMs: Infinity as no timeout, rather than firing at once', async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.json({ name: 'Ada' })));
    await expect(apiFetch('http://api.test/me', { timeoutMs: Number.POSITIVE_INFINITY })).resolves.toEqual({ name: 'Ada' });
  });

  it.each([
    ['a timeout that is not a number of ms', { timeoutMs: Number.NaN }],
    ['a negative timeout', { timeoutMs: -5 }],
    ['a signal that is not an AbortSignal', { signal: { aborted: 'no' } as unknown as AbortSignal }],
    ['a kit that is not a kit', { kit: { normalize: () => null } as never }],
    ['a fetch that returns something other than a Response', { fetch: (() => Promise.resolve({ hello: 'world' })) as unknown as typeof fetch }],
    ['a fetch that throws before sending', { fetch: (() => { throw new TypeError('boom'); }) as unknown as typeof fetch }],
    ['a header value fetch refuses', { headers: { 'X-Bad': 'line\nbreak' } }],
  ])('rejects %s with an ApiError that says what was wrong', async (_, init) => {
    server.use(http.get('http://api.test/me', () => HttpResponse.json({ name: 'Ada' })));
    const error = await caught(apiFetch('http://api.test/me', init));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR' });
  });

  it('reads an error response that has no headers object', async () => {
    const headless = { status: 503, ok: false, text: () => Promise.resolve('{"success":false,"data":null,"error_code":"SERVICE_UNAVAILABLE","error_message":"Down"}') };
    const error = await caught(apiFetch('http://api.test/me', { fetch: (() => Promise.resolve(headless)) as unknown as typeof fetch }));
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
  });

  it('gives errorFromResponse something that is not a Response, and gets an ApiError back', async () => {
    await expect(errorFromResponse(undefined as unknown as Response)).resolves.toMatchObject({ code: 'UNKNOWN_ERROR' });
    await expect(errorFromResponse({ status: 'x' } as unknown as Response)).resolves.toMatchObject({ code: 'UNKNOWN_ERROR' });
  });

  it('reads a huge error body only as far as its bound, and cancels the rest', async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 65_536;
        controller.enqueue(new TextEncoder().encode('x'.repeat(65_536)));
        if (sent > 50_000_000) controller.close();
      },
    });
    const error = await errorFromResponse(new Response(stream, { status: 502, headers: { 'Content-Type': 'text/plain' } }));
    expect(error).toMatchObject({ code: 'BAD_GATEWAY', status: 502 });
    expect(sent).toBeLessThan(2_000_000);
  });

  it('refuses options a client cannot use when the client is created, with a clear message', () => {
    expect(() => createApiClient({ timeoutMs: -1 })).toThrow(/timeoutMs must be a number of ms/);
    expect(() => createApiClient({ kit: '__proto__' as never })).toThrow(/kit must be what createErrorKit returns/);
    expect(() => createApiClient({ headers: { 'Bad Header': 'x' } })).toThrow(/headers are not valid/);
  });
});

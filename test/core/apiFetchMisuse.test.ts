import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch, createApiClient } from '../../src/fetch/apiFetch';
import { vi } from 'vitest';
import { defineDialect } from '../../src/core/dialects/defineDialect';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit, type ErrorKit } from '../../src/core/kit/createErrorKit';
import { errorFromResponse } from '../../src/core/normalize/errorFromResponse';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';


const reason = (error: { cause?: unknown }) => (error.cause instanceof Error ? error.cause.message : undefined);

/** What `start` returns, started where there is no global fetch (an old runtime, a locked-down sandbox). */
function withoutGlobalFetch<T>(start: () => T): T {
  const globalFetch = globalThis.fetch;
  Object.assign(globalThis, { fetch: undefined });
  try {
    return start();
  } finally {
    Object.assign(globalThis, { fetch: globalFetch });
  }
}

describe('apiFetch refuses options it cannot use, saying why', () => {
  it('a fetch option that is not a function', async () => {
    const error = await rejectionOf(apiFetch('http://api.test/me', { fetch: 'window.fetch' as unknown as typeof fetch }));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(reason(error)).toBe('api-error-kit: fetch must be a function.');
  });

  it('a kit option that is not a kit', async () => {
    const error = await rejectionOf(apiFetch('http://api.test/me', { kit: 'medianest' as unknown as ErrorKit }));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(reason(error)).toBe('api-error-kit: kit must be what createErrorKit returns.');
    expect(() => createApiClient({ kit: {} as unknown as ErrorKit })).toThrow('api-error-kit: createApiClient: kit must be what createErrorKit returns.');
  });

  it('no global fetch and no fetch option', async () => {
    const error = await rejectionOf(withoutGlobalFetch(() => apiFetch('http://api.test/me')));
    expect(error.code).toBe('UNKNOWN_ERROR');
    expect(reason(error)).toBe('api-error-kit: there is no global fetch here; pass one as the fetch option.');
  });

  it('uses a fetch option where there is no global fetch', async () => {
    const fetchOption = () => Promise.resolve(new Response('{"id":7}', { headers: { 'content-type': 'application/json' } }));
    await expect(withoutGlobalFetch(() => apiFetch('http://api.test/me', { fetch: fetchOption }))).resolves.toEqual({ id: 7 });
  });
});

describe('apiFetch and the content type of a successful response', () => {
  it('parses a JSON string body when the response says it is JSON', async () => {
    server.use(http.get('http://api.test/status', () => new HttpResponse('"ready"', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })));
    await expect(apiFetch('http://api.test/status')).resolves.toBe('ready');
  });

  it('rejects a 200 that says it is JSON and is not, with the status and the response’s support reference', async () => {
    server.use(
      http.get('http://api.test/me', () => new HttpResponse('<html><body>Session expired, please log in</body></html>', { headers: { 'Content-Type': 'application/json', 'X-Request-ID': 'req_5150' } })),
    );
    const error = await rejectionOf(apiFetch('http://api.test/me'));
    expect(error).toMatchObject({ status: 200, correlationId: 'req_5150', dialect: 'html' });
  });

  it('resolves with the text of a plain-text body that only starts like JSON', async () => {
    server.use(http.get('http://api.test/motd', () => new HttpResponse('{maintenance tonight} at 22:00', { headers: { 'Content-Type': 'text/plain' } })));
    await expect(apiFetch('http://api.test/motd')).resolves.toBe('{maintenance tonight} at 22:00');
  });

  it('parses an undeclared body that starts with an object or a list, after leading whitespace', async () => {
    server.use(
      http.get('http://api.test/a', () => new HttpResponse('{"id":1}', { headers: { 'Content-Type': 'text/plain' } })),
      http.get('http://api.test/b', () => new HttpResponse('\n  \t[{"id":2}]', { headers: { 'Content-Type': 'text/plain' } })),
    );
    await expect(apiFetch('http://api.test/a')).resolves.toEqual({ id: 1 });
    await expect(apiFetch('http://api.test/b')).resolves.toEqual([{ id: 2 }]);
  });

  it('only looks at the start of an undeclared body for JSON', async () => {
    server.use(
      http.get('http://api.test/quoted', () => new HttpResponse('"[beta] ready"', { headers: { 'Content-Type': 'text/plain' } })),
      http.get('http://api.test/indented', () => new HttpResponse(`${' '.repeat(20)}{"id":3}`, { headers: { 'Content-Type': 'text/plain' } })),
    );
    await expect(apiFetch('http://api.test/quoted')).resolves.toBe('"[beta] ready"');
    await expect(apiFetch('http://api.test/indented')).resolves.toBe(`${' '.repeat(20)}{"id":3}`);
  });
});

describe('createApiClient misuse', () => {
  it('throws at once for a base URL that is not a string', () => {
    expect(() => createApiClient({ baseUrl: 8080 as unknown as string })).toThrow(new TypeError('api-error-kit: createApiClient: baseUrl must be a string.'));
  });

  it('rejects a request whose headers are not valid, without sending it, in the client kit’s words', async () => {
    let sent = 0;
    server.use(http.get('http://api.test/v1/me', () => (sent++, HttpResponse.json({ name: 'Ada' }))));
    const kit = createErrorKit({ dialects: standardDialects, messages: { UNKNOWN_ERROR: { message: 'Something went wrong in the app. Please reload.' } } });
    const api = createApiClient({ baseUrl: 'http://api.test/v1', kit, headers: { Accept: 'application/json' } });
    const error = await rejectionOf(api('/me', { headers: { 'Bad Header': 'x' } }));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', message: 'Something went wrong in the app. Please reload.' });
    expect(reason(error)).toMatch(/^api-error-kit: headers are not valid \(.+\)\.$/);
    expect(sent).toBe(0);
  });
});

describe('an app dialect that throws', () => {
  const throwing = defineDialect({ members: ['fault'] }, () => {
    throw new RangeError('out of cheese');
  });
  const kit = createErrorKit({ dialects: [throwing] });

  it('still gives an ApiError for an error status, and reports the throw for the developer', async () => {
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    server.use(http.get('http://api.test/me', () => HttpResponse.json({ fault: 'down' }, { status: 503 })));
    const error = await rejectionOf(apiFetch('http://api.test/me', { kit }));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'out of cheese' }));
    await expect(errorFromResponse(new Response('{"fault":"x"}', { status: 500 }), kit)).resolves.toMatchObject({ code: 'UNKNOWN_ERROR' });
    vi.unstubAllGlobals();
  });

  it('the retry policy refuses a kit that is not one', () => {
    expect(() => createRetryPolicy({ kit: 'medianest' as unknown as ErrorKit })).toThrow();
  });
});

import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch, createApiClient } from '../../src/fetch/apiFetch';
import { MAX_TIMER_MS } from '../../src/core/retry/backoff';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { artwork } from '../../src/presets/artwork/index';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';


const reason = (error: { cause?: unknown }) => (error.cause instanceof Error || error.cause instanceof DOMException ? error.cause.message : undefined);

const noop = (): void => undefined;

const profile = () => server.use(http.get('http://api.test/me', () => HttpResponse.json({ name: 'Ada' })));

/** A fetch that calls the real one and keeps the signal apiFetch gave it (an instrumented fetch). */
function recordingFetch() {
  const seen: { signal?: AbortSignal | null | undefined } = {};
  const instrumented: typeof fetch = (input, init) => {
    seen.signal = init?.signal;
    return fetch(input, init);
  };
  return { seen, instrumented };
}

describe('apiFetch timeoutMs bounds', () => {
  it.each([0, -5, MAX_TIMER_MS + 1, Number.NaN])('refuses timeoutMs %s as misuse, before any request', async (timeoutMs) => {
    let sent = 0;
    server.use(http.get('http://api.test/me', () => (sent++, HttpResponse.json({ name: 'Ada' }))));
    const error = await rejectionOf(apiFetch('http://api.test/me', { timeoutMs }));
    expect(error).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown', retryable: false });
    expect(reason(error)).toBe(`api-error-kit: timeoutMs must be a number of ms above 0 and at most ${MAX_TIMER_MS} (or Infinity for none), not ${String(timeoutMs)}.`);
    expect(sent).toBe(0);
  });

  it('refuses a timeoutMs given as a string (read from an env variable, say)', async () => {
    const error = await rejectionOf(apiFetch('http://api.test/me', { timeoutMs: '5000' as unknown as number }));
    expect(reason(error)).toContain('timeoutMs must be a number of ms');
  });

  it('accepts the longest timeout a timer can hold, and no timeout at all (Infinity or absent)', async () => {
    server.use(http.get('http://api.test/me', async () => (await delay(30), HttpResponse.json({ name: 'Ada' }))));
    await expect(apiFetch('http://api.test/me', { timeoutMs: MAX_TIMER_MS })).resolves.toEqual({ name: 'Ada' });
    await expect(apiFetch('http://api.test/me', { timeoutMs: Number.POSITIVE_INFINITY })).resolves.toEqual({ name: 'Ada' });
    await expect(apiFetch('http://api.test/me')).resolves.toEqual({ name: 'Ada' });
  });

  it('times out with a TimeoutError as the cause', async () => {
    server.use(http.get('http://api.test/slow', async () => (await delay(1000), HttpResponse.json({}))));
    const error = await rejectionOf(apiFetch('http://api.test/slow', { timeoutMs: 20 }));
    expect(error.code).toBe('TIMEOUT');
    expect(error.cause).toBeInstanceOf(DOMException);
    expect(error.cause).toMatchObject({ name: 'TimeoutError', message: 'The request timed out.' });
  });

  it('does not abort a finished request later, when its timeout would have run out', async () => {
    profile();
    const { seen, instrumented } = recordingFetch();
    await expect(apiFetch('http://api.test/me', { timeoutMs: 300, fetch: instrumented })).resolves.toEqual({ name: 'Ada' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen.signal?.aborted).toBe(false);
  });
});

describe('apiFetch signal option', () => {
  it('accepts signal: null, as fetch does', async () => {
    profile();
    await expect(apiFetch('http://api.test/me', { signal: null })).resolves.toEqual({ name: 'Ada' });
  });

  it.each([
    ['an empty object', {}],
    ['an object without addEventListener', { aborted: false }],
    ['an object without aborted', { addEventListener: noop, removeEventListener: noop }],
    ['a function that looks like a signal', Object.assign(() => undefined, { aborted: false, addEventListener: noop, removeEventListener: noop })],
  ])('refuses %s as the signal, before any request', async (_, signal) => {
    let sent = 0;
    server.use(http.get('http://api.test/me', () => (sent++, HttpResponse.json({ name: 'Ada' }))));
    const error = await rejectionOf(apiFetch('http://api.test/me', { signal: signal as unknown as AbortSignal }));
    expect(error.code).toBe('UNKNOWN_ERROR');
    expect(reason(error)).toBe('api-error-kit: signal must be an AbortSignal.');
    expect(sent).toBe(0);
  });

  it('is cancelled at once by a signal that is already aborted, with an AbortError as the cause', async () => {
    let sent = 0;
    server.use(http.get('http://api.test/me', async () => (sent++, await delay(50), HttpResponse.json({ name: 'Ada' }))));
    const error = await rejectionOf(apiFetch('http://api.test/me', { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: 'CANCELLED', category: 'cancelled' });
    expect(error.cause).toMatchObject({ name: 'AbortError', message: 'The request was aborted.' });
    expect(sent).toBe(0);
  });

  it('stops listening to the caller’s signal once the request is done', async () => {
    profile();
    const { seen, instrumented } = recordingFetch();
    const controller = new AbortController();
    await expect(apiFetch('http://api.test/me', { signal: controller.signal, fetch: instrumented })).resolves.toEqual({ name: 'Ada' });
    controller.abort();
    expect(seen.signal?.aborted).toBe(false);
  });
});

describe('apiFetch kit and fetch options', () => {
  it('refuses a kit that is not one createErrorKit made', async () => {
    profile();
    const error = await rejectionOf(apiFetch('http://api.test/me', { kit: { normalize: () => undefined } as never }));
    expect(reason(error)).toBe('api-error-kit: kit must be what createErrorKit returns.');
  });

  it('words a misuse with the kit given', async () => {
    const kit = createErrorKit({ dialects: standardDialects, messages: { UNKNOWN_ERROR: { message: 'Something went wrong in the app. Please reload.' } } });
    const error = await rejectionOf(apiFetch('http://api.test/me', { timeoutMs: -1, kit }));
    expect(error.message).toBe('Something went wrong in the app. Please reload.');
  });

  it('rejects when the fetch it is given resolves with something that is not a Response', async () => {
    const notAResponse: typeof fetch = async () => ({ data: { name: 'Ada' } }) as unknown as Response;
    const error = await rejectionOf(apiFetch('http://api.test/me', { fetch: notAResponse }));
    expect(error.code).toBe('UNKNOWN_ERROR');
    expect(reason(error)).toBe('api-error-kit: fetch resolved with something that is not a Response.');
  });
});

describe('apiFetch misuse and cancellation together', () => {
  it('reports a fetch that resolves with no Response as misuse, even when the caller cancels meanwhile', async () => {
    const controller = new AbortController();
    const notAResponse: typeof fetch = async () => 'OK' as unknown as Response;
    const request = apiFetch('http://api.test/me', { signal: controller.signal, fetch: notAResponse });
    controller.abort();
    const error = await rejectionOf(request);
    expect(error.code).toBe('UNKNOWN_ERROR');
    expect(reason(error)).toBe('api-error-kit: fetch resolved with something that is not a Response.');
  });
});

describe('apiFetch and what counts as a failed response', () => {
  it('rejects a response that is not ok even below 400 (304 Not Modified)', async () => {
    server.use(http.get('http://api.test/me', () => new HttpResponse(null, { status: 304 })));
    const error = await rejectionOf(apiFetch('http://api.test/me'));
    expect(error.status).toBe(304);
  });

  it('rejects a 400 from a fetch whose responses carry no ok flag', async () => {
    const bare: typeof fetch = async () =>
      ({ status: 400, headers: new Headers({ 'Content-Type': 'application/json' }), text: async () => JSON.stringify({ detail: 'This coupon has expired.' }) }) as unknown as Response;
    const error = await rejectionOf(apiFetch('http://api.test/checkout', { fetch: bare }));
    expect(error).toMatchObject({ status: 400, message: 'This coupon has expired.', dialect: 'detail' });
  });

  it('rejects a 200 with GraphQL errors and no data member at all', async () => {
    server.use(http.post('http://api.test/graphql', () => HttpResponse.json({ errors: [{ message: 'Not authorised to see this project.', extensions: { code: 'FORBIDDEN' } }] })));
    const error = await rejectionOf(apiFetch('http://api.test/graphql', { method: 'POST' }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', category: 'forbidden', status: 200 });
  });

  it('resolves with a partial GraphQL result: errors beside data are the caller’s to use', async () => {
    const partial = { data: { project: { name: 'Atlas' }, billing: null }, errors: [{ message: 'Not authorised to see billing.', path: ['billing'] }] };
    server.use(http.post('http://api.test/graphql', () => HttpResponse.json(partial)));
    await expect(apiFetch('http://api.test/graphql', { method: 'POST' })).resolves.toEqual(partial);
  });

  it('reads an MQTT-style reply without a message by its code, with the artwork preset', async () => {
    server.use(http.get('http://api.test/player/1', () => HttpResponse.json({ status: 'error', error_code: 'DEVICE_OFFLINE' }, { status: 503 })));
    const error = await rejectionOf(apiFetch('http://api.test/player/1', { kit: createErrorKit({ presets: [artwork] }) }));
    expect(error).toMatchObject({ code: 'DEVICE_OFFLINE', dialect: 'artwork-mqtt' });
  });
});

describe('createApiClient without a base URL', () => {
  it("requests paths on this page's origin", async () => {
    server.use(http.get(`${window.location.origin}/me`, () => HttpResponse.json({ name: 'Ada' })));
    const api = createApiClient({ headers: { Accept: 'application/json' } });
    await expect(api('/me')).resolves.toEqual({ name: 'Ada' });
  });

  it("refuses a URL on another origin than this page's, and sends nothing", async () => {
    let sent = 0;
    server.use(http.get('http://api.test/me', () => (sent++, HttpResponse.json({ name: 'Ada' }))));
    const api = createApiClient({ headers: { Authorization: 'Bearer secret-1' } });
    await expect(api('http://api.test/me')).rejects.toMatchObject({ code: 'UNKNOWN_ERROR' });
    expect(sent).toBe(0);
  });
});

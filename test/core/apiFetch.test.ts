import { delay, graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch, createApiClient } from '../../src/fetch/apiFetch';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { errorFromResponse } from '../../src/core/normalize/errorFromResponse';
import { defineDialect } from '../../src/dialects';
import { medianest } from '../../src/presets/medianest/index';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';


describe('apiFetch', () => {
  it('resolves with the parsed body of a success', async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.json({ name: 'Ada' })));
    await expect(apiFetch('http://api.test/me')).resolves.toEqual({ name: 'Ada' });
  });

  it('resolves with undefined for 204', async () => {
    server.use(http.delete('http://api.test/me', () => new HttpResponse(null, { status: 204 })));
    await expect(apiFetch('http://api.test/me', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('rejects an error status with the normalized ApiError, headers included', async () => {
    server.use(
      http.get('http://api.test/me', () =>
        HttpResponse.json({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '30', 'X-Correlation-ID': 'req_1' } }),
      ),
    );
    expect(await rejectionOf(apiFetch('http://api.test/me'))).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAfterMs: 30_000, correlationId: 'req_1' });
  });

  it('rejects a 200 whose body says success: false', async () => {
    server.use(http.post('http://api.test/urls', () => HttpResponse.json({ success: false, data: null, error_code: 'CONFLICT', error_message: "Short code 'mylink' is already taken" })));
    expect(await rejectionOf(apiFetch('http://api.test/urls', { method: 'POST' }))).toMatchObject({ code: 'CONFLICT', category: 'conflict', status: 200 });
  });

  it('rejects a 200 that carries GraphQL errors', async () => {
    server.use(graphql.query('Me', () => HttpResponse.json({ data: null, errors: [{ message: 'You must be logged in', extensions: { code: 'UNAUTHENTICATED' } }] })));
    const request = apiFetch('http://api.test/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: 'query Me { me { id } }' }) });
    expect(await rejectionOf(request)).toMatchObject({ code: 'UNAUTHENTICATED', category: 'unauthenticated', dialect: 'graphql' });
  });

  it('rejects with NETWORK_ERROR when no response arrives', async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.error()));
    expect(await rejectionOf(apiFetch('http://api.test/me'))).toMatchObject({ code: 'NETWORK_ERROR', category: 'network', retryable: true });
  });

  it('rejects with TIMEOUT after timeoutMs', async () => {
    server.use(http.get('http://api.test/slow', async () => (await delay(1000), HttpResponse.json({}))));
    expect(await rejectionOf(apiFetch('http://api.test/slow', { timeoutMs: 20 }))).toMatchObject({ code: 'TIMEOUT', category: 'timeout' });
  });

  it('rejects with CANCELLED when the caller aborts', async () => {
    server.use(http.get('http://api.test/slow', async () => (await delay(1000), HttpResponse.json({}))));
    const controller = new AbortController();
    const request = apiFetch('http://api.test/slow', { signal: controller.signal });
    controller.abort();
    expect(await rejectionOf(request)).toMatchObject({ code: 'CANCELLED', category: 'cancelled', retryable: false });
  });

  it('reads a non-JSON error page', async () => {
    server.use(http.get('http://api.test/me', () => new HttpResponse('<html><head><title>502 Bad Gateway</title></head></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    expect(await rejectionOf(apiFetch('http://api.test/me'))).toMatchObject({ code: 'BAD_GATEWAY', dialect: 'html' });
  });
});

describe('createApiClient', () => {
  it('prefixes the base URL and merges headers', async () => {
    let seen: Headers | undefined;
    server.use(http.get('http://api.test/v1/me', ({ request }) => ((seen = request.headers), HttpResponse.json({ ok: true }))));
    const api = createApiClient({ baseUrl: 'http://api.test/v1', headers: { Authorization: 'Bearer t', Accept: 'application/json' } });
    await expect(api('/me', { headers: { Accept: 'application/vnd.api+json' } })).resolves.toEqual({ ok: true });
    expect(seen?.get('authorization')).toBe('Bearer t');
    expect(seen?.get('accept')).toBe('application/vnd.api+json');
  });

  it('reads failures with the kit it is given: its preset’s dialect first', async () => {
    server.use(http.get('http://api.test/v1/thing', () => HttpResponse.json({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect.' } }, { status: 503 })));
    const api = createApiClient({ baseUrl: 'http://api.test/v1', kit: createErrorKit({ presets: [medianest] }) });
    expect(await rejectionOf(api('/thing'))).toMatchObject({ dialect: 'medianest', code: 'PLEX_UNREACHABLE', category: 'upstream' });
  });
});

describe('apiFetch with the app’s kit', () => {
  // An in-house format the kit does not know: {fault: "sentence", fault_code: "SEAT_LIMIT"}.
  const legacy = defineDialect({ members: ['fault'] }, (body) => {
    const { fault, fault_code: code } = body as { fault?: unknown; fault_code?: unknown };
    return typeof fault === 'string' ? { dialect: 'legacy', message: fault, code: typeof code === 'string' ? code : undefined } : undefined;
  });
  const kit = createErrorKit({ presets: [medianest], dialects: [legacy], codes: { SEAT_LIMIT: { category: 'payment' } } });

  it('reads an error status with the dialects the app chose', async () => {
    server.use(http.post('http://api.test/seats', () => HttpResponse.json({ fault: 'All 5 seats are taken.', fault_code: 'SEAT_LIMIT' }, { status: 403 })));
    const client = createApiClient({ baseUrl: 'http://api.test', kit });
    expect(await rejectionOf(client('/seats', { method: 'POST' }))).toMatchObject({ code: 'SEAT_LIMIT', category: 'payment', dialect: 'legacy', status: 403, message: 'All 5 seats are taken.' });
    // Without it, the default kit's standard formats do not know the format: the status speaks.
    expect(await rejectionOf(apiFetch('http://api.test/seats', { method: 'POST' }))).toMatchObject({ code: 'FORBIDDEN', dialect: 'json' });
  });

  it('reads a 2xx body that reports failure, and a lost connection, with it too', async () => {
    server.use(http.get('http://api.test/library', () => HttpResponse.json({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server.' } })));
    expect(await rejectionOf(apiFetch('http://api.test/library', { kit }))).toMatchObject({ code: 'PLEX_UNREACHABLE', dialect: 'medianest', status: 200 });
    server.use(http.get('http://api.test/library', () => HttpResponse.error()));
    expect(await rejectionOf(apiFetch('http://api.test/library', { kit }))).toMatchObject({ code: 'NETWORK_ERROR', category: 'network' });
  });

  it('is what errorFromResponse reads with when given', async () => {
    const response = new Response(JSON.stringify({ fault: 'All 5 seats are taken.', fault_code: 'SEAT_LIMIT' }), { status: 403, headers: { 'content-type': 'application/json' } });
    expect(await errorFromResponse(response, kit)).toMatchObject({ code: 'SEAT_LIMIT', category: 'payment', dialect: 'legacy' });
  });
});

describe('errorFromResponse', () => {
  it('lets the status speak when the body cannot be read', async () => {
    // The connection drops while the body is read.
    const body = new ReadableStream({ start: (controller) => controller.error(new Error('ECONNRESET')) });
    const response = new Response(body, { status: 404 });
    expect(await errorFromResponse(response)).toMatchObject({ code: 'NOT_FOUND', message: 'It may have been moved or deleted.', dialect: 'empty' });
  });
});


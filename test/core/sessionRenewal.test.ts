import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { onSignIn, type SignInCause } from '../../src/core/session/signInSignal';
import { apiFetch, createApiClient } from '../../src/fetch/apiFetch';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';

// What the fetch client sends, and what it does when a session ends: over real HTTP with msw.

describe('the fetch client sends plain objects as JSON', () => {
  it('with Content-Type: application/json, unless the caller set one', async () => {
    const seen: Array<{ type: string | null; body: string }> = [];
    server.use(
      http.post('http://api.test/sign-up', async ({ request }) => {
        seen.push({ type: request.headers.get('Content-Type'), body: await request.text() });
        return HttpResponse.json({ ok: true }, { status: 201 });
      }),
    );
    await apiFetch('http://api.test/sign-up', { method: 'POST', body: { email: 'ada@example.com', tags: ['a'] } });
    await apiFetch('http://api.test/sign-up', { method: 'POST', body: [1, 2] });
    await apiFetch('http://api.test/sign-up', { method: 'POST', body: { a: 1 }, headers: { 'Content-Type': 'application/vnd.api+json' } });
    await apiFetch('http://api.test/sign-up', { method: 'POST', body: 'plain words' });
    expect(seen).toEqual([
      { type: 'application/json', body: '{"email":"ada@example.com","tags":["a"]}' },
      { type: 'application/json', body: '[1,2]' },
      { type: 'application/vnd.api+json', body: '{"a":1}' },
      { type: 'text/plain;charset=UTF-8', body: 'plain words' },
    ]);
  });

  it('refuses, before sending, an object it cannot send (a class instance), naming the body', async () => {
    let sent = 0;
    server.use(http.post('http://api.test/x', () => (sent++, HttpResponse.json({}))));
    const error = await rejectionOf(apiFetch('http://api.test/x', { method: 'POST', body: new Map([['a', 1]]) }));
    expect(String(error.cause ?? error.message)).toMatch(/body must be/);
    expect(sent).toBe(0);
  });
});

describe('a session that ends, with a refresh', () => {
  const expired = () => HttpResponse.json({ success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired.' } }, { status: 401 });

  it('makes one refresh for five requests that fail together, then sends each once more', async () => {
    let token = 'old';
    const seen: string[] = [];
    server.use(http.get('http://api.test/items/:id', ({ request, params }) => (seen.push(`${String(params['id'])}:${request.headers.get('Authorization') ?? ''}`), request.headers.get('Authorization') === 'Bearer new' ? HttpResponse.json({ id: params['id'] }) : expired())));
    let refreshes = 0;
    const refresh = async () => {
      refreshes += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      token = 'new';
      return true;
    };
    // The app's token travels in a header its fetch adds, so the replay carries the new one.
    const withToken: typeof fetch = (input, init) => globalThis.fetch(input, { ...init, headers: { Authorization: `Bearer ${token}` } });
    const api = createApiClient({ baseUrl: 'http://api.test', refresh, fetch: withToken });
    const results = await Promise.all([1, 2, 3, 4, 5].map((id) => api(`/items/${id}`)));
    expect(refreshes).toBe(1);
    expect(results).toEqual([1, 2, 3, 4, 5].map((id) => ({ id: String(id) })));
    expect(seen.filter((line) => line.endsWith('Bearer old'))).toHaveLength(5);
    expect(seen.filter((line) => line.endsWith('Bearer new'))).toHaveLength(5);
  });

  it('shows the sign-in prompt (rejects with the 401) when the refresh fails, after one refresh and no replay', async () => {
    let requests = 0;
    server.use(http.get('http://api.test/me', () => (requests++, expired())));
    let refreshes = 0;
    const error = await rejectionOf(apiFetch('http://api.test/me', { refresh: () => (refreshes++, Promise.resolve(false)) }));
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED', category: 'unauthenticated' });
    expect([requests, refreshes]).toEqual([1, 1]);
  });

  it('says the user signed in again when a request succeeds after the session ended', async () => {
    let signedIn = false;
    server.use(http.get('http://api.test/me', () => (signedIn ? HttpResponse.json({ name: 'Ada' }) : expired())));
    const causes: SignInCause[] = [];
    const stop = onSignIn((cause) => causes.push(cause));
    await rejectionOf(apiFetch('http://api.test/me'));
    expect(causes).toEqual([]);
    signedIn = true;
    await apiFetch('http://api.test/me');
    await apiFetch('http://api.test/me');
    stop();
    expect(causes).toEqual(['request']);
  });
});

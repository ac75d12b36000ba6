import { fc, test } from '@fast-check/vitest';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/fetch/apiFetch';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';

// Every request any host receives in a test, with the Authorization header it carried.
let received: Array<{ url: string; authorization: string | null }> = [];

beforeEach(() => {
  received = [];
  server.use(
    http.all(/.*/, ({ request }) => {
      received.push({ url: request.url, authorization: request.headers.get('authorization') });
      return HttpResponse.json({ ok: true });
    }),
  );
});
afterEach(() => {
  received = [];
});

const BASE = 'https://api.example.com';
const api = () => createApiClient({ baseUrl: BASE, headers: { Authorization: 'Bearer live-token-1234' } });

// Paths that reach a client from a URL parameter or a server value, and leave its origin.
const LEAVING = [
  '@evil.example/x',
  '.evil.example/x',
  ':8443/x',
  ':@evil.example/x',
  'https://evil.example/x',
  '\t@evil.example/x',
  '%40evil.example/x',
  'http://api.example.com/x',
];

describe('the fetch client never takes its credentials off its origin', () => {
  it.each(LEAVING)('refuses the path %j with an ApiError, and sends nothing anywhere', async (path) => {
    expect(await rejectionOf(api()(path))).toMatchObject({ name: 'ApiError', code: 'UNKNOWN_ERROR', category: 'unknown' });
    expect(received).toEqual([]);
  });

  // With no base URL the client's origin is the page's; these paths are protocol-relative there.
  it.each(['//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x', ' //evil.example/x', 'https://evil.example/x'])(
    'without a base URL, refuses %j, which leaves the page’s origin',
    async (path) => {
      const client = createApiClient({ headers: { Authorization: 'Bearer live-token-1234' } });
      expect(await rejectionOf(client(path))).toMatchObject({ code: 'UNKNOWN_ERROR' });
      expect(received).toEqual([]);
    },
  );

  it('says why in the error’s cause, for the developer', async () => {
    const error = await rejectionOf(api()('@evil.example/x'));
    expect(String((error.cause as Error).message)).toMatch(/leaves the base URL's origin \(https:\/\/api\.example\.com\)/);
    expect(received).toEqual([]);
  });

  it.each(['/me', '/users/42?fields=name', '/a/../b', '/search?q=https://evil.example', '/%2F%2Fevil.example'])('sends %j to the base URL’s origin, with its headers', async (path) => {
    await api()(path);
    expect(received).toHaveLength(1);
    expect(new URL(received[0]?.url ?? '').origin).toBe(BASE);
    expect(received[0]?.authorization).toBe('Bearer live-token-1234');
  });

  test.prop([fc.string({ maxLength: 40 }), fc.constantFrom('', '/', '@', '//', '/\\', '\\', ':', '.', 'https://', '%40')], { numRuns: 300 })(
    'whatever the path, no request leaves the base URL’s origin',
    async (rest, prefix) => {
      received = [];
      await api()(prefix + rest).catch(() => undefined);
      for (const { url } of received) expect(new URL(url).origin).toBe(BASE);
    },
  );
});

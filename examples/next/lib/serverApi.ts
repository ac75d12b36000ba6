import { createApiClient } from 'api-error-kit/fetch';
import { cookies } from 'next/headers';
import { kit } from './kit';

/** Where the API is: read on the server at request time, never sent to the browser. */
export const API_URL = process.env['DEMO_API_URL'] ?? 'http://127.0.0.1:8787';
/** The API's session cookie, which this app keeps for the browser. */
export const SESSION_COOKIE = 'demo_session';

const client = createApiClient({ baseUrl: API_URL, kit, cache: 'no-store' });

/** A request to the API on the signed-in user's behalf: their session cookie goes with it; a failure rejects with an ApiError. */
export async function serverApi<T>(path: string, init: Parameters<typeof client>[1] = {}): Promise<T> {
  const session = (await cookies()).get(SESSION_COOKIE);
  const headers = new Headers(init.headers);
  if (session) headers.set('cookie', `${SESSION_COOKIE}=${session.value}`);
  return client<T>(path, { ...init, headers });
}

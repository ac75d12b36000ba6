import { createApiClient } from 'api-error-kit/fetch';
import { kit } from './kit';

/** The demo API's client: paths are under /api, failures are read with the app's kit, and a call gives up after 15 s. */
export const api = createApiClient({ baseUrl: '/api', kit, timeoutMs: 15_000 });

/** POSTs `body` as JSON to an /api path (the client sends a plain object as JSON); resolves with the parsed answer, rejects with an ApiError. */
export function postJson<T = unknown>(path: string, body: Record<string, unknown>): Promise<T> {
  return api<T>(path, { method: 'POST', body });
}

import { get, toStatus } from '../internal/read';

/** What a thrown value says about the request that failed, before its body (if any) is read. */
export type ThrownKind =
  | { kind: 'cancelled' }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'http'; status?: number | undefined; headers?: unknown; body?: unknown }
  | { kind: 'script' };

// What fetch rejects with when no response arrives: Chromium, Firefox, Safari, Node (undici).
const NETWORK = /failed to fetch|networkerror|load failed|fetch failed|network request failed|econnrefused|enotfound|econnreset|err_network|err_internet_disconnected/i;

/**
 * Classifies a thrown Error: an abort (AbortError, react-query's CancelledError), a timeout
 * (TimeoutError from AbortSignal.timeout, ETIMEDOUT), a failed fetch, an HTTP client's error
 * that carries the response (axios `response.data`, ofetch `data` + `status`, ky `response`),
 * or a script error whose text must never reach a user.
 */
export function classifyThrown(error: Error): ThrownKind {
  const name = String(get(error, 'name') ?? error.name);
  const code = String(get(error, 'code') ?? '');
  if (name === 'AbortError' || name === 'CancelledError' || code === 'ERR_CANCELED') return { kind: 'cancelled' };
  if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'UND_ERR_CONNECT_TIMEOUT') return { kind: 'timeout' };
  const response = get(error, 'response');
  const status = toStatus(get(response, 'status')) ?? toStatus(get(error, 'status')) ?? toStatus(get(error, 'statusCode'));
  if (status !== undefined) {
    return { kind: 'http', status, headers: get(response, 'headers'), body: get(response, 'data') ?? get(error, 'data') };
  }
  const cause = get(error, 'cause');
  if (NETWORK.test(`${error.message} ${code} ${String(get(cause, 'code') ?? '')}`) || code === 'ERR_NETWORK') {
    return { kind: 'network' };
  }
  return { kind: 'script' };
}

import { get, list, toStatus } from '../internal/read';

/** What a thrown value says about the request that failed, before its body (if any) is read. */
export type ThrownKind =
  | { kind: 'cancelled' }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'http'; status?: number | undefined; headers?: unknown; body?: unknown }
  | { kind: 'script' };

// What fetch rejects with when no response arrives: Chromium, Firefox, Safari, Node (undici).
const NETWORK = /failed to fetch|networkerror|load failed|fetch failed|network request failed|econnrefused|enotfound|econnreset|err_network|err_internet_disconnected/i;

// The GraphQL clients' errors that carry a response's GraphQL errors: Apollo Client 4's
// CombinedGraphQLErrors (`errors`), Apollo Client 3's ApolloError and urql's CombinedError (`graphQLErrors`).
const GRAPHQL_CLIENT_ERROR = /^(?:CombinedGraphQLErrors|ApolloError|CombinedError)$/;

/** A fetch `Response`'s status and headers: its getters live on the prototype, so they are read only from a real one. */
function fromResponse(response: unknown): { status?: number | undefined; headers?: unknown } {
  if (typeof Response === 'undefined' || !(response instanceof Response)) return { status: toStatus(get(response, 'status')), headers: get(response, 'headers') };
  try {
    return { status: toStatus(response.status), headers: response.headers };
  } catch {
    return {};
  }
}

/**
 * Classifies a thrown Error: an abort (AbortError, react-query's CancelledError), a timeout
 * (TimeoutError from AbortSignal.timeout or ky, ETIMEDOUT), a failed fetch, an HTTP client's
 * error that carries the response (axios `response.data`, ofetch `data` + `status`, ky's
 * `response` and, from ky 2, `data`; Apollo's ServerError `statusCode` + `result` / `bodyText`),
 * a GraphQL client's error that carries the response's GraphQL errors (Apollo, urql), or a
 * script error whose text must never reach a user.
 */
export function classifyThrown(error: Error, depth = 0): ThrownKind {
  const name = String(get(error, 'name') ?? error.name);
  const code = String(get(error, 'code') ?? '');
  if (name === 'AbortError' || name === 'CancelledError' || code === 'ERR_CANCELED') return { kind: 'cancelled' };
  if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'UND_ERR_CONNECT_TIMEOUT') return { kind: 'timeout' };
  // Read once: a client's `response` may be a getter (each read counts, and may cost).
  const carried = get(error, 'response');
  const response = fromResponse(carried);
  if (GRAPHQL_CLIENT_ERROR.test(name)) {
    const errors = list(get(error, 'errors')).length > 0 ? get(error, 'errors') : get(error, 'graphQLErrors');
    if (list(errors).length > 0) return { kind: 'http', status: response.status, headers: response.headers, body: { errors } };
    const network = get(error, 'networkError');
    if (network instanceof Error && depth < 2) {
      const inner = classifyThrown(network, depth + 1);
      return inner.kind === 'script' && response.status !== undefined ? { kind: 'http', status: response.status, headers: response.headers } : inner;
    }
  }
  const status = response.status ?? toStatus(get(error, 'status')) ?? toStatus(get(error, 'statusCode'));
  if (status !== undefined) {
    const body = get(carried, 'data') ?? get(error, 'data') ?? get(error, 'result') ?? get(error, 'bodyText');
    return { kind: 'http', status, headers: response.headers, body };
  }
  const cause = get(error, 'cause');
  if (NETWORK.test(`${error.message} ${code} ${String(get(cause, 'code') ?? '')}`) || code === 'ERR_NETWORK') {
    return { kind: 'network' };
  }
  return { kind: 'script' };
}

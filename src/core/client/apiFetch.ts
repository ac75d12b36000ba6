import type { DialectName } from '../dialects/dialects';
import { get, list } from '../internal/read';
import { isApiError } from '../isApiError';
import { errorFromResponse } from '../normalize/errorFromResponse';
import { normalizeError } from '../normalize/normalizeError';
import type { Registry } from '../registry/createRegistry';

/** `fetch`'s options plus what the kit needs to turn failures into ApiErrors. */
export interface ApiFetchInit extends RequestInit {
  /** Abort the request after this many ms, failing with a `TIMEOUT` ApiError. */
  timeoutMs?: number;
  registry?: Registry<string>;
  /** The wire format this API speaks, when detection should not guess. */
  dialect?: DialectName;
  /** The fetch to call (a test double, an instrumented fetch); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * Whether a 2xx body still reports a failure: `success: false` (seeds 000, 003, 004), or
 * GraphQL `errors` with no `data` (a partial result with data is the caller's to use).
 */
function reportsFailure(body: unknown): boolean {
  const data = get(body, 'data');
  return get(body, 'success') === false || (list(get(body, 'errors')).length > 0 && (data === null || data === undefined));
}

/**
 * `fetch` that resolves with the parsed body of a successful response and rejects with an
 * ApiError for everything else: an error status, a 2xx body that reports failure, no response
 * at all (`NETWORK_ERROR`), a timeout (`TIMEOUT`), an abort (`CANCELLED`). A drop-in
 * react-query `queryFn`: `queryFn: ({ signal }) => apiFetch('/api/me', { signal })`.
 */
export async function apiFetch<T = unknown>(input: RequestInfo | URL, init: ApiFetchInit = {}): Promise<T> {
  const { timeoutMs, registry, dialect, fetch: fetchImpl = globalThis.fetch, signal, ...request } = init;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  const context = { registry, dialect };

  // The timeout and the caller's abort cover the whole exchange, the body download included,
  // even where a fetch implementation does not stop a body stream when its signal aborts.
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
  aborted.catch(() => undefined);
  try {
    let response: Response;
    let text: string;
    try {
      response = await Promise.race([fetchImpl(input, { ...request, signal: controller.signal }), aborted]);
      if (!response.ok) throw await Promise.race([errorFromResponse(response, context), aborted]);
      text = await Promise.race([response.text(), aborted]);
    } catch (thrown) {
      if (isApiError(thrown)) throw thrown;
      const reason = timedOut ? new DOMException('The request timed out.', 'TimeoutError') : controller.signal.aborted ? new DOMException('The request was aborted.', 'AbortError') : thrown;
      throw normalizeError(reason, context);
    }
    if (!text) return undefined as T;
    const declaredJson = /json/i.test(response.headers.get('content-type') ?? '');
    let body: unknown = text;
    if (declaredJson || /^\s*[[{]/.test(text.slice(0, 16))) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // A body that says it is JSON and is not cannot be the data the caller asked for.
        if (declaredJson) throw normalizeError(text, { ...context, status: response.status, headers: response.headers });
      }
    }
    if (reportsFailure(body)) throw normalizeError(body, { ...context, status: response.status, headers: response.headers });
    return body as T;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** An `apiFetch` with a base URL and default options (headers, timeout, registry, dialect) for one API. */
export function createApiClient(defaults: ApiFetchInit & { baseUrl?: string } = {}) {
  const { baseUrl = '', headers, ...rest } = defaults;
  return function request<T = unknown>(path: string, init: ApiFetchInit = {}): Promise<T> {
    const merged = new Headers(headers);
    new Headers(init.headers).forEach((value, key) => merged.set(key, value));
    return apiFetch<T>(baseUrl + path, { ...rest, ...init, headers: merged });
  };
}

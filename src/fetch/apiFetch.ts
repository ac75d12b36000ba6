import type { ApiError } from '../core/ApiError';
import { get, list } from '../core/internal/read';
import { isApiError } from '../core/isApiError';
import { isErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';
import { errorFromResponse } from '../core/normalize/errorFromResponse';
import { isResponseLike, responseHeaders, type ResponseLike } from '../core/normalize/readResponse';
import { MAX_TIMER_MS } from '../core/retry/backoff';
import { noteOrigin } from '../core/retry/errorOrigins';
import { signalSignIn } from '../core/session/signInSignal';
import { originOfRequest, requestUrl } from './requestUrl';

/** A value the client sends as JSON: a plain object (an interface's value too) or an array. */
export type JsonBody = object;

/** `fetch`'s options plus what the kit needs to turn failures into ApiErrors. */
export interface ApiFetchInit extends Omit<RequestInit, 'body'> {
  /** What `fetch` takes, or a plain object or array, sent as JSON with `Content-Type: application/json`. */
  body?: BodyInit | JsonBody | null;
  /**
   * Renews the session without the user (a refresh token): called once for any number of
   * requests that fail with an ended session at the same time; when it resolves true, each is
   * sent once more. When it resolves false or fails, the sign-in prompt shows as before.
   */
  refresh?: (() => Promise<boolean>) | undefined;
  /** Abort the request after this many ms, failing with a `TIMEOUT` ApiError (`Infinity`: no timeout). */
  timeoutMs?: number;
  /** The kit that reads failures and keeps the rate limits (`createErrorKit(...)`); the default kit when absent. */
  kit?: ErrorKit;
  /** The fetch to call (a test double, an instrumented fetch); the global one by default. */
  fetch?: typeof fetch;
}

/** What is wrong with the kit's own options, in words for the developer; undefined when they are fine. */
function problemWith(init: ApiFetchInit): string | undefined {
  const { timeoutMs, signal, fetch: fetchImpl, kit } = init;
  if (timeoutMs !== undefined && timeoutMs !== Number.POSITIVE_INFINITY && !(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    return `timeoutMs must be a number of ms above 0 and at most ${MAX_TIMER_MS} (or Infinity for none), not ${String(timeoutMs)}.`;
  }
  if (signal !== undefined && signal !== null && !isAbortSignal(signal)) return 'signal must be an AbortSignal.';
  if (fetchImpl !== undefined && typeof fetchImpl !== 'function') return 'fetch must be a function.';
  if (kit !== undefined && !isErrorKit(kit)) return 'kit must be what createErrorKit returns.';
  if (typeof init.body === 'object' && init.body !== null && !isJsonBody(init.body) && !isFetchBody(init.body)) return 'body must be what fetch sends (text, FormData, a Blob, bytes, a stream) or a plain object or array to send as JSON.';
  if (init.refresh !== undefined && typeof init.refresh !== 'function') return 'refresh must be a function that resolves true when the session was renewed.';
  if (fetchImpl === undefined && typeof globalThis.fetch !== 'function') return 'there is no global fetch here; pass one as the fetch option.';
  return undefined;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  const candidate = value as Partial<AbortSignal> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.aborted === 'boolean' && typeof candidate.addEventListener === 'function';
}

/**
 * Whether a 2xx body still reports a failure: `success: false` (seeds 000, 003, 004, Cloudflare),
 * `ok: false` (Slack's Web API), or GraphQL `errors` with no `data` (a partial result with data
 * is the caller's to use).
 */
function reportsFailure(body: unknown): boolean {
  const data = get(body, 'data');
  return get(body, 'success') === false || get(body, 'ok') === false || (list(get(body, 'errors')).length > 0 && (data === null || data === undefined));
}

// A request held back by a rate limit waits at most this long; a longer wait fails at once (nothing sent).
const MAX_HOLD_MS = 60_000;

function contentType(response: ResponseLike): string {
  try {
    const headers = responseHeaders(response) as Headers | undefined;
    return typeof headers?.get === 'function' ? (headers.get('content-type') ?? '') : '';
  } catch {
    return '';
  }
}

/**
 * `fetch` that resolves with the parsed body of a successful response and rejects with an
 * ApiError for everything else, always: an error status, a 2xx body that reports failure, no
 * response at all (`NETWORK_ERROR`), a timeout (`TIMEOUT`), an abort (`CANCELLED`), and misuse
 * (bad options, a fetch that returns no Response) as `UNKNOWN_ERROR` with the reason in `cause`.
 * A drop-in react-query `queryFn`: `queryFn: ({ signal }) => apiFetch('/api/me', { signal })`.
 */
export async function apiFetch<T = unknown>(input: RequestInfo | URL, init: ApiFetchInit = {}): Promise<T> {
  const problem = problemWith(init);
  if (problem) throw misuseError(problem, isErrorKit(init.kit) ? init.kit : defaultKit());
  const { refresh, ...once } = init;
  try {
    const answer = await fetchOnce<T>(input, once);
    if (sessionEnded) {
      // Something succeeded after the session had ended: the user has signed in again, here or elsewhere.
      sessionEnded = false;
      signalSignIn('request');
    }
    return answer;
  } catch (thrown) {
    const error = thrown as ApiError;
    if (error.category !== 'unauthenticated' || error.entry?.fallback !== 'unauthenticated') throw error;
    if (refresh && replayable(once.body) && (await renewedBy(refresh))) return fetchOnce<T>(input, once);
    sessionEnded = true;
    throw error;
  }
}

// Whether a request of this page failed for want of a session since the last success.
let sessionEnded = false;
// One renewal at a time for each refresh function: N requests that fail together wait for one.
const renewals = new WeakMap<() => Promise<boolean>, Promise<boolean>>();

/** Runs `refresh` once for every request that asks while it runs; true when it renewed the session. */
function renewedBy(refresh: () => Promise<boolean>): Promise<boolean> {
  let renewal = renewals.get(refresh);
  if (!renewal) {
    renewal = Promise.resolve()
      .then(refresh)
      .then((renewed) => renewed === true, () => false)
      .finally(() => renewals.delete(refresh));
    renewals.set(refresh, renewal);
  }
  return renewal;
}

/** True when a body can be sent a second time (a stream cannot). */
function replayable(body: ApiFetchInit['body']): boolean {
  return !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream);
}

/** A plain object or array, as opposed to a body `fetch` sends as it is (text, FormData, a Blob, bytes, a stream). */
function isJsonBody(body: ApiFetchInit['body']): body is JsonBody {
  if (typeof body !== 'object' || body === null) return false;
  if (Array.isArray(body)) return true;
  const prototype = Object.getPrototypeOf(body) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A body `fetch` sends as it is. */
function isFetchBody(body: object): boolean {
  return (
    ArrayBuffer.isView(body) ||
    body instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  );
}

/** The request as `fetch` takes it: a plain object or array becomes JSON, with its content type unless the caller set one. */
function fetchRequest(request: Omit<ApiFetchInit, 'refresh' | 'timeoutMs' | 'kit' | 'fetch' | 'signal'>): RequestInit {
  const { body, ...rest } = request;
  if (!isJsonBody(body)) return { ...rest, ...(body !== undefined && { body: body as BodyInit | null }) };
  const headers = new Headers(rest.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return { ...rest, headers, body: JSON.stringify(body) };
}

async function fetchOnce<T>(input: RequestInfo | URL, init: Omit<ApiFetchInit, 'refresh'>): Promise<T> {
  const { timeoutMs, kit = defaultKit(), fetch: fetchImpl = globalThis.fetch, signal, ...request } = init;
  const { normalize, rateLimits } = kit;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs === undefined || timeoutMs === Number.POSITIVE_INFINITY
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);

  // The timeout and the caller's abort cover the whole exchange, the body download included,
  // even where a fetch implementation does not stop a body stream when its signal aborts.
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
  aborted.catch(() => undefined);
  const origin = originOfRequest(input);
  // Whether this request was let through to ask if the origin's rate limit has passed; undefined until it goes.
  let probe: boolean | undefined;
  const answered = (error: ApiError | undefined) => {
    probe = false;
    if (error) noteOrigin(error, origin);
    if (error?.category === 'rate-limited') rateLimits.limited(origin, error.retryAfterMs);
    else rateLimits.passed(origin);
  };
  try {
    let response: ResponseLike;
    let text: string;
    try {
      const turn = await Promise.race([rateLimits.enter(origin, MAX_HOLD_MS, controller.signal), aborted]);
      if (!turn.go) throw heldBack(turn.waitMs, kit);
      probe = turn.probe;
      const answer: unknown = await Promise.race([fetchImpl(input, { ...fetchRequest(request), signal: controller.signal }), aborted]);
      if (!isResponseLike(answer)) throw misuseError('fetch resolved with something that is not a Response.', kit);
      response = answer;
      if (response.ok === false || response.status >= 400) {
        const error = await Promise.race([errorFromResponse(response as Response, kit), aborted]);
        answered(error);
        throw error;
      }
      answered(undefined);
      text = String(await Promise.race([response.text(), aborted]));
    } catch (thrown) {
      if (isApiError(thrown)) throw thrown;
      const reason = timedOut ? new DOMException('The request timed out.', 'TimeoutError') : controller.signal.aborted ? new DOMException('The request was aborted.', 'AbortError') : thrown;
      throw normalize(reason);
    }
    if (!text) return undefined as T;
    const declaredJson = /json/i.test(contentType(response));
    let body: unknown = text;
    if (declaredJson || /^\s*[[{]/.test(text.slice(0, 16))) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // A body that says it is JSON and is not cannot be the data the caller asked for.
        if (declaredJson) throw normalize(text, { status: response.status, headers: responseHeaders(response) });
      }
    }
    if (reportsFailure(body)) throw normalize(body, { status: response.status, headers: responseHeaders(response) });
    return body as T;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // A request let through to ask that got no answer hands the question to the next in line.
    if (probe) rateLimits.released(origin);
  }
}

/** The ApiError for a request not sent because its origin's rate limit still runs for `waitMs`. */
function heldBack(waitMs: number, kit: ErrorKit): ApiError {
  return kit.normalize('', { status: 429, headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) } });
}

/** A misuse of the fetch client as an ApiError (UNKNOWN_ERROR, as any other), its reason for the developer in `cause`. */
function misuseError(problem: string, kit: ErrorKit, cause?: unknown): ApiError {
  return kit.normalize(new TypeError(`api-error-kit: ${problem}`, cause === undefined ? undefined : { cause }));
}

/**
 * An `apiFetch` with a base URL and default options (headers, timeout, kit) for
 * one API. Its options are checked here, once, and a mistake throws at once with a clear message.
 * Every path is resolved against the base URL (this page's origin when there is none), and a
 * path that leaves its origin (`//other.host`, `@other.host`, a full URL) is refused with an
 * ApiError before anything is sent, so the client's headers never reach another site.
 */
export function createApiClient(defaults: ApiFetchInit & { baseUrl?: string } = {}) {
  const { baseUrl = '', headers, ...rest } = defaults;
  const problem = typeof baseUrl === 'string' ? problemWith(rest) : 'baseUrl must be a string.';
  if (problem) throw new TypeError(`api-error-kit: createApiClient: ${problem}`);
  let base: Headers;
  try {
    base = new Headers(headers);
  } catch (thrown) {
    throw new TypeError(`api-error-kit: createApiClient: headers are not valid (${thrown instanceof Error ? thrown.message : String(thrown)}).`);
  }
  return async function request<T = unknown>(path: string, init: ApiFetchInit = {}): Promise<T> {
    let merged: Headers;
    try {
      merged = new Headers(base);
      new Headers(init.headers).forEach((value, key) => merged.set(key, value));
    } catch (thrown) {
      throw misuseError(`headers are not valid (${thrown instanceof Error ? thrown.message : String(thrown)}).`, init.kit ?? rest.kit ?? defaultKit());
    }
    const target = requestUrl(baseUrl, path);
    if (!target.ok) throw misuseError(target.problem, init.kit ?? rest.kit ?? defaultKit());
    return apiFetch<T>(target.url, { ...rest, ...init, headers: merged });
  };
}

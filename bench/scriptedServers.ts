/** What a scripted server answers at a moment: a response, or no response at all. */
export type ScriptedAnswer = { status: number; headers?: Record<string, string>; body: unknown } | 'network-down';

/** A server whose answers depend on time and on what it was sent before. */
export interface ScriptedServer {
  name: string;
  answer(nowMs: number): ScriptedAnswer;
  /** When a client may next ask without being refused (for counting Retry-After violations). */
  allowedAt(): number;
}

const always = (name: string, status: number, body: unknown, headers?: Record<string, string>): (() => ScriptedServer) => () => ({
  name,
  answer: () => (headers ? { status, headers, body } : { status, body }),
  allowedAt: () => 0,
});

/** 429 with Retry-After to the first `times` requests that respect it, then 200; an early request gets another 429. */
function rateLimited(name: string, retryAfterSeconds: number, times: number): () => ScriptedServer {
  return () => {
    let refused = 0;
    let allowedAt = 0;
    return {
      name,
      allowedAt: () => allowedAt,
      answer(now) {
        if (now < allowedAt) {
          return { status: 429, headers: { 'Retry-After': String(Math.ceil((allowedAt - now) / 1000)) }, body: { error: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', statusCode: 429 } };
        }
        if (refused < times) {
          refused += 1;
          allowedAt = now + retryAfterSeconds * 1000;
          return { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) }, body: { error: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', statusCode: 429 } };
        }
        return { status: 200, body: { items: [] } };
      },
    };
  };
}

function downFor(name: string, ms: number, answer: ScriptedAnswer): () => ScriptedServer {
  return () => ({ name, allowedAt: () => 0, answer: (now) => (now < ms ? answer : { status: 200, body: { items: [] } }) });
}

/** The scenarios of the retry benchmark (issue 4). */
export const SCENARIOS: ReadonlyArray<() => ScriptedServer> = [
  always('401 always', 401, { success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }),
  always('403 always', 403, { success: false, error: { code: 'ACCESS_DENIED', message: 'Insufficient permissions for this operation.' } }),
  always('404 always', 404, { detail: 'Post not found' }),
  always('422 always', 422, { detail: [{ loc: ['body', 'email'], msg: 'Field required', type: 'missing' }] }),
  // A server that states no wait at all, forever: what the floor and the attempt cap are for.
  always('429 Retry-After: 0 always', 429, { error: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', statusCode: 429 }, { 'Retry-After': '0' }),
  rateLimited('429 Retry-After 5 s ×2, then 200', 5, 2),
  rateLimited('429 Retry-After 30 s, then 200', 30, 1),
  downFor('503 for 20 s, then 200', 20_000, { status: 503, body: { success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Service temporarily unavailable' } }),
  always('500 always', 500, { success: false, error: { code: 'INTERNAL_ERROR', message: 'An unexpected server error occurred.' } }),
  downFor('network down 10 s, then up', 10_000, 'network-down'),
];

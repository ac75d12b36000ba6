// A Response as the kit reads it: duck-typed, so one from another realm or fetch implementation
// (undici, node-fetch, a test double) works, and every read guarded, so a malformed one cannot throw.

/** The parts of a Response the kit reads. */
export interface ResponseLike {
  status: number;
  ok?: boolean;
  headers?: unknown;
  bodyUsed?: boolean;
  body?: unknown;
  text(): Promise<string>;
}

/** True for anything shaped like a fetch Response: a numeric status and a `text()` method. */
export function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const candidate = value as Partial<ResponseLike>;
    return typeof candidate.status === 'number' && typeof candidate.text === 'function';
  } catch {
    return false;
  }
}

/** Headers as `normalizeError` takes them, or undefined when the response has none that work. */
export function responseHeaders(response: ResponseLike): HeadersInit | undefined {
  try {
    const headers = response.headers;
    return typeof headers === 'object' && headers !== null ? (headers as HeadersInit) : undefined;
  } catch {
    return undefined;
  }
}

interface StreamReader {
  read(): Promise<{ done: boolean; value?: unknown }>;
  cancel(): Promise<void>;
}

function readerOf(body: unknown): StreamReader | undefined {
  if (typeof body !== 'object' || body === null || typeof (body as { getReader?: unknown }).getReader !== 'function') return undefined;
  return (body as { getReader(): StreamReader }).getReader();
}

/**
 * A response body as text, reading no more than `maxChars` (plus one chunk): a huge error page
 * costs bounded memory and time, and what is past the bound is cancelled rather than downloaded.
 */
export async function readTextUpTo(response: ResponseLike, maxChars: number): Promise<string> {
  if (response.bodyUsed === true) return '';
  const reader = readerOf(response.body);
  if (!reader) return String(await response.text());
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Chunks may come from another realm (a test environment, a polyfill), where instanceof fails.
    if (ArrayBuffer.isView(value)) text += decoder.decode(value, { stream: true });
    if (text.length > maxChars) {
      await reader.cancel().catch(() => undefined);
      return text;
    }
  }
  return text + decoder.decode();
}

import { isRecord } from '../internal/read';
import { parseHttpUrl } from '../format/safeHref';
import { plainWords } from '../screen/isPlainSentence';

// Debug fields a server may include in development (seeds 000 and 002), by name.
const DEBUG_KEY = /^(?:stack|stacktrace|stack_trace|trace|traceback|query|sql|db_error|dberror|originalmessage|original_message|exception|debug|file|filename|lineno)$/i;
const MAX_NODES = 300;
const MAX_DEPTH = 6;
const MAX_STRING_CHARS = 1000;
const MAX_KEY_CHARS = 100;

// A query parameter that carries a credential (`?X-Auth-Token=…`, `&api_key=…`, `?sig=…`).
const CREDENTIAL_PARAMETER = /[?&#][\w.-]{0,40}(?:token|key|secret|sig|signature|password|passwd|auth|session|sid)=/i;

/**
 * A string kept in details: bounded and on one line (a stack is not a detail), a value (a name, a
 * code, an instant, an address) or plain words: a sentence with a path or a key in it is dropped.
 * An address whose query carries a credential loses its query.
 */
function keptString(text: string): string | undefined {
  if (text.length > MAX_STRING_CHARS || /[\r\n]/.test(text)) return undefined;
  if (/\s/.test(text.trim()) && !plainWords(text)) return undefined;
  if (!CREDENTIAL_PARAMETER.test(text)) return text;
  const url = /^\s*https?:\/\//i.test(text) ? parseHttpUrl(text.trim()) : undefined;
  return url && !url.username && !url.password ? url.origin + url.pathname : undefined;
}

/**
 * A copy of a dialect's extra context that is safe to render and store: debug fields dropped,
 * `__proto__` kept as inert data, cycles cut, and depth, size and string length bounded.
 */
export function redactDetails(value: unknown): Record<string, unknown> {
  const budget = { nodes: 0 };
  const seen = new WeakSet<object>();
  const copy = (input: unknown, depth: number): unknown => {
    if (++budget.nodes > MAX_NODES) return undefined;
    // What a fallback may show of these is decided by its typed allow-list; a developer sees the rest.
    if (typeof input === 'string') return keptString(input);
    if (typeof input === 'boolean' || input === null) return input;
    if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
    if (typeof input !== 'object' || depth > MAX_DEPTH || seen.has(input)) return undefined;
    seen.add(input);
    if (Array.isArray(input)) return input.slice(0, 50).map((item) => copy(item, depth + 1)).filter((item) => item !== undefined);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(input).slice(0, 50)) {
      if (key.length > MAX_KEY_CHARS || DEBUG_KEY.test(key)) continue;
      let item: unknown;
      try {
        item = (input as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      const safe = copy(item, depth + 1);
      if (safe !== undefined) Object.defineProperty(out, key, { value: safe, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const result = isRecord(value) ? copy(value, 0) : undefined;
  return isRecord(result) ? result : {};
}

import { isRecord } from '../internal/read';
import { parseHttpUrl } from '../format/safeHref';
import { screenText } from '../screen/isShowableSentence';

// Debug fields a server may include in development (seeds 000 and 002), by name.
const DEBUG_KEY = /^(?:stack|stacktrace|stack_trace|trace|traceback|query|sql|db_error|dberror|originalmessage|original_message|exception|debug|file|filename|lineno)$/i;
const MAX_NODES = 300;
const MAX_DEPTH = 6;
const MAX_STRING_CHARS = 1000;
const MAX_KEY_CHARS = 100;

/** An http(s) URL without its query and fragment (where tokens travel: `?X-Plex-Token=…`); other text as it is. */
function withoutQuery(text: string): string {
  if (text.length > MAX_STRING_CHARS || !/^\s*https?:\/\/[^\s]*[?#]/i.test(text)) return text;
  const url = parseHttpUrl(text.trim());
  // An address with credentials in it is left whole, for the screen to judge.
  return url && !url.username && !url.password ? url.origin + url.pathname : text;
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
    // Debug output is dropped whatever it is called.
    // A string too long to be a fact for a user is dropped unread, so no pattern scans it.
    // A server's own host names are kept here: the fallbacks' allow-lists decide what is shown.
    // An address whose query gives a token away is kept without its query: the server is a fact, the token is not.
    if (typeof input === 'string') return screenText(input, MAX_STRING_CHARS, true) ?? screenText(withoutQuery(input), MAX_STRING_CHARS, true);
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

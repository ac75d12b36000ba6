// The kit no longer exports its URL helpers (they were internals): the demo checks the URLs it
// links to itself, as any app showing a URL from a response must.
const MAX_URL_CHARS = 2048;

/**
 * A URL from a response as a link target: only an absolute http(s) URL or a path on this site
 * that parses; `javascript:`, `data:`, protocol-relative `//host` and anything else give undefined.
 */
export function linkHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return undefined;
  const trimmed = value.trim();
  // Browsers ignore tabs and newlines inside URLs ("java\tscript:"), so the check must too.
  const compact = Array.from(trimmed, (char) => (char.charCodeAt(0) > 32 ? char : '')).join('');
  const absolute = /^https?:\/\/[^/\\]/i.test(compact);
  if (!absolute && !/^\/(?![/\\])/.test(compact)) return undefined;
  const base = 'http://localhost';
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!absolute && url.origin !== base) return undefined;
  } catch {
    return undefined;
  }
  return trimmed;
}

// Any URL a response carries is parsed here, once, by a helper that answers with a safe value or
// nothing: `new URL` throws on an unclosed IPv6 bracket, a space in the host or a bad escape, and
// no fallback may be knocked down by that.
const MAX_URL_CHARS = 2048;
// Where a relative path is resolved when no page is at hand (server rendering): only the path matters.
const PLACEHOLDER_ORIGIN = 'http://localhost';

/** `value` parsed as an http(s) URL (relative to `base`), or undefined when it is not one or does not parse. */
export function parseHttpUrl(value: unknown, base: string = PLACEHOLDER_ORIGIN): URL | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A URL from a response as a link target, only when it is http(s) or a same-origin path and it
 * parses; `javascript:`, `data:`, protocol-relative `//host` and everything else give undefined.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS) return undefined;
  // Browsers ignore tabs and newlines inside URLs ("java\tscript:"), so the check must too.
  const trimmed = url.trim();
  const compact = Array.from(trimmed, (char) => (char.charCodeAt(0) > 32 ? char : '')).join('');
  const absolute = /^https?:\/\/[^/\\]/i.test(compact);
  if (!absolute && !/^\/(?![/\\])/.test(compact)) return undefined;
  const parsed = parseHttpUrl(trimmed);
  if (!parsed || (!absolute && parsed.origin !== PLACEHOLDER_ORIGIN)) return undefined;
  return trimmed;
}

/** "example.com/link": where an absolute link goes, in words, so a link's text never names another site than its target. */
export function describeLinkTarget(href: string): string | undefined {
  const url = parseHttpUrl(href);
  if (!url) return undefined;
  return `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
}

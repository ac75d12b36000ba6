/**
 * A URL from a response as a link target, only when it is http(s) or a same-origin path;
 * `javascript:`, `data:`, protocol-relative `//host` and everything else give undefined.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Browsers ignore tabs and newlines inside URLs ("java\tscript:"), so the check must too.
  const trimmed = url.trim();
  const compact = Array.from(trimmed, (char) => (char.charCodeAt(0) > 32 ? char : '')).join('');
  if (/^https?:\/\/[^/\\]/i.test(compact)) return trimmed.length > 2048 ? undefined : trimmed;
  if (/^\/(?![/\\])/.test(compact) && trimmed.length <= 2048) return trimmed;
  return undefined;
}

// Links a response asks a fallback to show: a sign-in page, which must stay on this site, and a
// page on another service (a preset's, such as a partner's sign-in page), which must be one of the kit's
// link hosts. Each URL is normalised the way a browser or a server down the line may read it
// before it is judged, so an encoded or look-alike slash, an invisible character or a dot
// segment cannot turn a same-site path into another site.
import { parseHttpUrl } from '../format/safeHref';
import { isInvisible } from './foldText';

const MAX_URL_CHARS = 2048;
const BASE = 'http://sign-in.invalid';

/** True when `text` holds a control character (a browser drops tabs and newlines inside a URL). */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
// Slashes NFKC leaves alone: division, fraction and big solidus, and their backslash kin.
const SLASH_LIKE = /[\u2215\u2044\u29f8\u2571\u3033]/gu;
const BACKSLASH_LIKE = /[\u2216\u29f5\u29f9\u2572]/gu;

/** `text` with percent-escapes decoded until none is left (at most three rounds), or undefined for a bad escape. */
function decodeFully(text: string): string | undefined {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return /%[0-9a-f]{2}/i.test(current) ? undefined : current;
}

/** `text` as a reader may take it: decoded, look-alikes folded (NFKC), invisible characters gone. */
function normalise(text: string): string | undefined {
  const decoded = decodeFully(text);
  if (decoded === undefined) return undefined;
  const visible = Array.from(decoded.normalize('NFKC'), (char) => (isInvisible(char) ? '' : char)).join('');
  return visible.replace(SLASH_LIKE, '/').replace(BACKSLASH_LIKE, '\\');
}

/**
 * A sign-in URL from a response as a same-site path (path, query and fragment), or undefined:
 * after normalising it must be a path from this site's root that stays on it, with no
 * backslash, no `//` and no dot segment that climbs out. An absolute URL counts only on `origin`.
 */
export function sameSiteSignInPath(value: unknown, origin?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS || hasControlCharacter(value)) return undefined;
  const raw = value.trim();
  const normalised = normalise(raw);
  if (normalised === undefined || normalised.includes('\\')) return undefined;
  let path = raw;
  if (/^[a-z][a-z0-9+.-]*:/i.test(normalised)) {
    const absolute = parseHttpUrl(raw);
    if (!absolute || origin === undefined || absolute.origin !== origin || parseHttpUrl(normalised)?.origin !== origin) return undefined;
    path = absolute.pathname + absolute.search + absolute.hash;
  } else if (!normalised.startsWith('/') || normalised.startsWith('//')) {
    return undefined;
  }
  const resolved = parseHttpUrl(path, BASE);
  const resolvedNormalised = parseHttpUrl(normalise(path) ?? '//', BASE);
  if (!resolved || !resolvedNormalised || resolved.origin !== BASE || resolvedNormalised.origin !== BASE) return undefined;
  if (resolved.pathname.startsWith('//') || resolvedNormalised.pathname.startsWith('//')) return undefined;
  if (carriesOffSiteAddress(resolved.search + resolved.hash, origin)) return undefined;
  return resolved.pathname + resolved.search + resolved.hash;
}

/**
 * True when a sign-in link's query or fragment holds an address off this site, in any parameter
 * (`returnTo`, `next`, `redirect_uri`, one nested in another) and under any encoding: a sign-in
 * page that honours it would send the user there afterwards (an open redirect). Every value is
 * read fully decoded and folded; one that starts a URL (a scheme, `//`, a backslash) must be this
 * site's own.
 */
function carriesOffSiteAddress(queryAndHash: string, origin: string | undefined): boolean {
  if (queryAndHash === '') return false;
  const decoded = normalise(queryAndHash.replace(/\+/g, ' '));
  if (decoded === undefined) return true;
  for (const piece of decoded.split(/[?&=#;,\s]+/)) {
    if (/^[/\\]{2}|^\\/.test(piece)) return true;
    if (/^[a-z][a-z0-9+.-]*:/i.test(piece)) {
      const url = parseHttpUrl(piece);
      if (!url || origin === undefined || url.origin !== origin) return true;
    }
  }
  return false;
}

/** True when `host` is one of `allowed`: an exact name, or `*.name` for its subdomains. */
function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const name = entry.toLowerCase();
    return name.startsWith('*.') ? host.endsWith(name.slice(1)) : host === name;
  });
}

/** An https link from a response, only to one of `allowed` hosts (a kit's link hosts), with no credentials in it. */
export function allowedHostHref(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS || hasControlCharacter(value) || /\s/.test(value.trim())) return undefined;
  const url = parseHttpUrl(value.trim());
  if (!url || url.protocol !== 'https:' || url.username || url.password) return undefined;
  return hostAllowed(url.hostname.toLowerCase(), allowed) ? url.href : undefined;
}

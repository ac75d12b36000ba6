// The fetch client's one rule about where a request goes: a path is resolved against the base URL
// by the same URL parser `fetch` uses, and a request whose origin is not the base's is never sent.
// Joining strings is not enough: `https://api.example.com` + `@evil.example/x` is a request to
// evil.example with api.example.com as a user name, and `//evil.example`, `/\evil.example` or a
// full URL in a path that came from a URL parameter would carry the client's credentials away.

// Where a relative base is resolved when there is no page (server rendering, tests in Node).
const NO_PAGE = 'http://relative.invalid';

/** The page's own base (its `<base>` or location), or a placeholder off a page. */
function pageBase(): string {
  const page = globalThis as { document?: { baseURI?: unknown }; location?: { href?: unknown } };
  const base = page.document?.baseURI ?? page.location?.href;
  return typeof base === 'string' && /^https?:/i.test(base) ? base : NO_PAGE;
}

/** Where a client's request goes, or why it may not go there. */
export type RequestTarget = { ok: true; url: string; origin: string } | { ok: false; problem: string };

/**
 * The URL a client with `baseUrl` requests for `path`, resolved as `fetch` will resolve it, or a
 * problem when the result leaves the base URL's origin (another host, port or scheme, or a user
 * name smuggled in front of the host). A relative base (`/api`) means this page's origin.
 */
export function requestUrl(baseUrl: string, path: unknown): RequestTarget {
  if (typeof path !== 'string') return { ok: false, problem: `the path must be a string, not ${typeof path}.` };
  let base: URL;
  let target: URL;
  try {
    base = new URL(baseUrl || '/', pageBase());
    target = new URL(baseUrl + path, pageBase());
  } catch {
    return { ok: false, problem: `${JSON.stringify(path.slice(0, 100))} does not make a URL with the base URL.` };
  }
  if (target.origin !== base.origin || target.username !== '' || target.password !== '') {
    return { ok: false, problem: `the path ${JSON.stringify(path.slice(0, 100))} leaves the base URL's origin (${base.origin}); the request was not sent.` };
  }
  // On a page, the absolute URL goes out: exactly what was checked. Off a page a relative base
  // stays relative, as before, for a fetch that resolves it itself.
  const relative = base.origin === new URL(NO_PAGE).origin;
  return { ok: true, url: relative ? baseUrl + path : target.href, origin: base.origin };
}

/** The origin a request for `input` goes to (a URL, a path on this page, a Request), as the key of its rate limits. */
export function originOfRequest(input: unknown): string {
  try {
    const url = typeof input === 'object' && input !== null && 'url' in input ? (input as { url: unknown }).url : input;
    return new URL(String(url), pageBase()).origin;
  } catch {
    return '';
  }
}

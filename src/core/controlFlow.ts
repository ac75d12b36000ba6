import { get, isRecord } from './internal/read';

/** What a framework's control-flow signal asks for: never an error to show. */
export type ControlFlow = 'redirect' | 'not-found' | 'forbidden' | 'unauthorized' | 'render-bailout';

// Next.js's signals, by the digest it puts on the Error it throws: `redirect()` and
// `permanentRedirect()` ("NEXT_REDIRECT;replace;/login;307;"), `notFound()` (NEXT_NOT_FOUND, and
// from Next 15 "NEXT_HTTP_ERROR_FALLBACK;404"), `forbidden()` (;403), `unauthorized()` (;401), and
// the bailouts from static rendering (DYNAMIC_SERVER_USAGE, BAILOUT_TO_CLIENT_SIDE_RENDERING).
const NEXT_DIGESTS: ReadonlyArray<[RegExp, ControlFlow]> = [
  [/^NEXT_REDIRECT;/, 'redirect'],
  [/^(?:NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK;404)$/, 'not-found'],
  [/^NEXT_HTTP_ERROR_FALLBACK;403$/, 'forbidden'],
  [/^NEXT_HTTP_ERROR_FALLBACK;401$/, 'unauthorized'],
  [/^(?:DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)$/, 'render-bailout'],
];
// React's postponement (partial prerendering) travels as an object of this type.
const POSTPONE = Symbol.for('react.postpone');

/** TanStack Router's `notFound()`: a plain object marked `isNotFound`, and nothing else's mark (a proxy that says yes to everything is not one). */
function isTanStackNotFound(value: object): boolean {
  try {
    return isRecord(value) && Object.getPrototypeOf(value) === Object.prototype && get(value, 'isNotFound') === true && get(value, 'digest') === undefined && get(value, 'status') === undefined;
  } catch {
    return false;
  }
}

/**
 * The framework control flow `value` is, or undefined: a Next.js redirect / notFound / forbidden /
 * unauthorized / rendering bailout, a redirect `Response` thrown for a router (React Router's
 * `redirect()`, TanStack Router's `redirect()`), or TanStack Router's `notFound()`. A boundary
 * or an error slot rethrows these for the framework to act on, and never shows them.
 */
export function controlFlowOf(value: unknown): ControlFlow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (typeof Response !== 'undefined' && value instanceof Response) {
    // TanStack Router's redirect is a 3xx Response with its `options`; React Router's carries a Location.
    const status = value.status;
    return status >= 300 && status < 400 && (get(value, 'options') !== undefined || value.headers.has('Location')) ? 'redirect' : undefined;
  }
  if (get(value, '$$typeof') === POSTPONE) return 'render-bailout';
  if (isTanStackNotFound(value)) return 'not-found';
  const digest = get(value, 'digest');
  if (typeof digest !== 'string') return undefined;
  return NEXT_DIGESTS.find(([pattern]) => pattern.test(digest.slice(0, 200)))?.[1];
}

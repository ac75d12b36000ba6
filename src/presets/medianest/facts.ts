// What MediaNest's fallbacks may show from an error's details, each with its type checked.
import { count, httpUrl, instant, keyed, oneOf, sentence } from '../../core/screen/facts';
import { get } from '../../core/internal/read';

/** Node's connection error codes a Plex server's admin can act on (seed 000 `connection_error`). */
export const CONNECTION_ERRORS = ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET'] as const;

/** A Plex PIN as seed 000 shows it ("ABCD-EFGH"). */
const pin = keyed(['pin_code'], (details) => {
  const found = get(details, 'pin_code');
  return typeof found === 'string' && /^[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){0,3}$/i.test(found) ? found : undefined;
});

/** The facts about an unreachable Plex server: its address, why, when it was last reached, what Plex said. */
export const PLEX_FACTS = /* @__PURE__ */ Object.freeze({
  serverUrl: httpUrl('server_url', 'serverUrl'),
  connectionError: oneOf(CONNECTION_ERRORS, 'connection_error'),
  lastReached: instant('last_successful'),
  timeoutMs: count(3_600_000, 'timeout_duration'),
  plexError: sentence('plex_error'),
});

/** The facts of a Plex PIN sign-in: the code, and until when it works. */
export const PIN_FACTS = /* @__PURE__ */ Object.freeze({ code: pin, expiresAt: instant('expires_at') });

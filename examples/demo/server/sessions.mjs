// Server-side sessions behind an HttpOnly cookie: the browser only ever holds a random id.
import { randomBytes } from 'node:crypto';

/** The name of the session cookie. */
export const SESSION_COOKIE = 'demo_session';

const ENDED_MEMORY = 10_000;

/**
 * An in-memory session store. `lookup` tells a missing cookie, a live session, one that existed
 * and ended (expired or revoked: "log in again") and an id this server never issued (forged or
 * from an earlier run), because the APIs answer those with different codes.
 */
export function createSessions({ ttlMs = 60 * 60 * 1000 } = {}) {
  const live = new Map();
  const ended = new Set();

  const end = (id) => {
    live.delete(id);
    ended.add(id);
    if (ended.size > ENDED_MEMORY) ended.delete(ended.values().next().value);
  };

  return {
    create(user, now = Date.now()) {
      const id = randomBytes(32).toString('base64url');
      live.set(id, { ...user, createdAt: new Date(now).toISOString(), expiresAt: new Date(now + ttlMs).toISOString() });
      return id;
    },
    lookup(id, now = Date.now()) {
      if (!id) return { status: 'missing' };
      const session = live.get(id);
      if (session && Date.parse(session.expiresAt) > now) return { status: 'valid', id, session };
      if (session) end(id);
      return { status: ended.has(id) ? 'expired' : 'invalid' };
    },
    destroy(id) {
      if (live.has(id)) end(id);
    },
    expireAll() {
      const count = live.size;
      for (const id of [...live.keys()]) end(id);
      return count;
    },
    clear() {
      live.clear();
      ended.clear();
    },
    get size() {
      return live.size;
    },
  };
}

// No Max-Age: the browser keeps the cookie for the tab's life, so when the server ends the
// session the next call carries a stale id and gets "session expired", not "please sign in".
const ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Lax';

/** The Set-Cookie value that stores a session id. */
export function sessionCookie(id) {
  return `${SESSION_COOKIE}=${id}; ${ATTRIBUTES}`;
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie() {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
}

// Payloads for the hostile modes: what a misconfigured or compromised backend really sends.
// They are data for the kit to survive, never for this server to act on.

/** A leaked database URL with credentials, as a misconfigured error handler prints it. */
export const LEAKED_DSN = 'postgres://user:pass@db.internal:5432/app';

/** A query echoed back in an error. */
export const LEAKED_SQL =
  "SELECT id, email, password_hash, api_token FROM users WHERE email = 'admin@example.com' AND deleted_at IS NULL LIMIT 1";

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A well-formed (unsigned-by-anyone-real) JWT carrying an admin claim. */
export const LEAKED_JWT = [
  base64url({ alg: 'HS256', typ: 'JWT' }),
  base64url({ sub: 'user-123', email: 'admin@example.com', role: 'admin', iat: 1736938800, exp: 1736942400 }),
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
].join('.');

/** A server-side source path. */
export const LEAKED_FILE = '/srv/app/src/db/pool.ts';

/** A Node stack trace naming internal hosts and files. */
export const LEAKED_STACK = [
  `Error: connect ECONNREFUSED 10.0.3.12:5432 (${LEAKED_DSN})`,
  '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
  '    at Pool.connect (/srv/app/node_modules/pg-pool/index.js:45:11)',
  `    at async query (${LEAKED_FILE}:88:21)`,
  '    at async ProspectsService.findMany (/srv/app/src/services/prospects.service.ts:41:18)',
  '    at async /srv/app/src/routes/prospects.ts:17:5',
].join('\n');

/** The same failure as a Python traceback, for the FastAPI-style APIs. */
export const LEAKED_TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "/srv/app/app/db/session.py", line 52, in get_session',
  '    conn = await engine.connect()',
  '  File "/usr/local/lib/python3.12/site-packages/asyncpg/connect_utils.py", line 1049, in _connect',
  `asyncpg.exceptions.ConnectionDoesNotExistError: could not connect to ${LEAKED_DSN}`,
  `[SQL: ${LEAKED_SQL}]`,
].join('\n');

/** Every leak at once, for a details/context/data object. */
export function leakedDetails() {
  return { stack: LEAKED_STACK, query: LEAKED_SQL, connection: LEAKED_DSN, token: LEAKED_JWT, file: LEAKED_FILE };
}

/** The `details.loginUrl` values of odd-urls mode: each unsafe or unparsable as a link. */
export const ODD_LOGIN_URLS = Object.freeze([
  'javascript:alert(1)',
  'https://[::1',
  'https://exa mple.com/',
  '/%2F%2Fevil.example',
  '/\\evil.example',
]);

/** A PIN `auth_url` on an https host that is not Plex's, for odd-urls mode. */
export const ODD_PIN_AUTH_URL = 'https://plex.tv.evil.example/link/?pin=ABCD-EFGH';

const UNITS = {
  word: 'Pneumonoultramicroscopicsilicovolcanoconiosis_0123456789',
  newlines: '\n',
  sql: "'; DROP TABLE users; -- SELECT * FROM sessions WHERE 1=1 OR ''=''; ",
  capitals: 'THIS FIELD IS ABSOLUTELY NOT VALID ',
};

/** The shapes huge-body can take. */
export const HUGE_SHAPES = Object.freeze(Object.keys(UNITS));

const hugeCache = new Map();

/** A message exactly `bytes` long (ASCII) in the given shape; the last few are kept ready. */
export function hugeText(bytes, shape) {
  const key = `${shape}:${bytes}`;
  let text = hugeCache.get(key);
  if (text === undefined) {
    const unit = UNITS[shape] ?? UNITS.word;
    text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
    if (hugeCache.size >= 4) hugeCache.delete(hugeCache.keys().next().value);
    hugeCache.set(key, text);
  }
  return text;
}

/** nginx's own 502 page, byte for byte (CRLF lines included), as seen when the upstream app is down. */
export const NGINX_502_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`.replace(/\n/g, '\r\n');

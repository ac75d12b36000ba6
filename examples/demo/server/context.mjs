// One request's context: what the routes read (session, body, params) and the only ways they
// answer, so every answer gets its dialect's headers and its stats entry.
import { parseCookies, writeHtml, writeJson } from './http.mjs';
import { SESSION_COOKIE } from './sessions.mjs';

// Who a Retry-After was said to. X-Demo-Client lets a test act as several clients at once;
// otherwise the session cookie (one browser), otherwise the address.
function clientOf(req, cookieSession) {
  const named = req.headers['x-demo-client'];
  if (typeof named === 'string' && named.trim() !== '') return `client:${named.trim().slice(0, 100)}`;
  if (cookieSession) return `session:${cookieSession.slice(0, 12)}`;
  return `address:${req.socket.remoteAddress ?? 'unknown'}`;
}

/** The context the pipeline and the routes work with; `app` holds the server's shared parts. */
export function createContext(app, req, res, { path, query }) {
  const cookieSession = parseCookies(req.headers.cookie)[SESSION_COOKIE] || undefined;

  const ctx = {
    app,
    req,
    res,
    method: req.method ?? 'GET',
    path,
    query,
    params: {},
    route: undefined,
    dialect: undefined,
    entry: undefined,
    cookieSession,
    session: app.sessions.lookup(cookieSession),
    client: clientOf(req, cookieSession),
    scenario: undefined,
    delayedMs: 0,

    /** Sends a JSON answer with the dialect's own headers (MediaNest: X-Correlation-ID, X-Error-Code). */
    reply(status, body, { headers = {}, scenario } = {}) {
      if (res.headersSent || res.destroyed) return;
      const all = { ...ctx.dialect?.headers?.(status, body), ...headers };
      const retryAfter = Number(all['Retry-After']);
      if (ctx.entry && Number.isFinite(retryAfter)) app.stats.noteRetryAt(ctx.client, ctx.entry.route, Date.now() + retryAfter * 1000);
      ctx.scenario = scenario ?? (status < 400 ? 'ok' : 'error');
      writeJson(res, status, body, all);
    },
    /** Sends a dialect's `{ status, body, headers }` result. */
    send({ status, body, headers }, scenario) {
      ctx.reply(status, body, { headers, scenario });
    },
    html(status, html, scenario, headers = {}) {
      if (res.headersSent || res.destroyed) return;
      ctx.scenario = scenario;
      writeHtml(res, status, html, headers);
    },
    redirect(location, headers, scenario) {
      if (res.headersSent || res.destroyed) return;
      ctx.scenario = scenario;
      res.writeHead(303, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-store', ...headers });
      res.end();
    },
    /** Waits `ms`; resolves false when the client left or the server is closing (answer nothing then). */
    delay(ms) {
      ctx.delayedMs = ms;
      return new Promise((resolve) => {
        const waiter = {
          release: () => settle(true),
          cancel: () => settle(false),
        };
        const timer = setTimeout(waiter.release, ms);
        const onClose = () => settle(false);
        function settle(proceed) {
          clearTimeout(timer);
          app.delays.delete(waiter);
          res.off('close', onClose);
          resolve(proceed && !res.destroyed);
        }
        app.delays.add(waiter);
        res.on('close', onClose);
      });
    },
  };
  return ctx;
}

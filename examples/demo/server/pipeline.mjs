// The way to a data route's handler, through every switched-on failure in the order a real
// stack meets them: the slow network, the proxy, the rate limiter, authentication, then the app.
import { hugeText, NGINX_502_HTML } from './hostile.mjs';

/** The Retry-After and X-RateLimit-* headers a dialect's 429 carries (seed 002 has no -Reset). */
export function rateLimitHeaders(dialect, retryAfter, limit, now = Date.now()) {
  const which = dialect.rateLimit.headers;
  const headers = { 'Retry-After': String(retryAfter) };
  if (which.includes('limit')) headers['X-RateLimit-Limit'] = String(limit);
  if (which.includes('remaining')) headers['X-RateLimit-Remaining'] = '0';
  if (which.includes('reset')) headers['X-RateLimit-Reset'] = String(Math.ceil((now + retryAfter * 1000) / 1000));
  return headers;
}

function rateLimited(ctx, retryAfter, scenario) {
  const { dialect } = ctx;
  const limit = dialect.rateLimit.limit;
  const result = dialect.rateLimited({ retryAfter, limit, route: ctx.route });
  return ctx.send({ ...result, headers: { ...result.headers, ...rateLimitHeaders(dialect, retryAfter, limit) } }, scenario);
}

// "auto": reads fail like a crashed backend (500), writes like a validator that echoes too much.
function leakStatus(mode, method) {
  if (mode.status === '5xx') return 500;
  if (mode.status === '4xx') return 400;
  return method === 'GET' || method === 'HEAD' ? 500 : 400;
}

/** Answers one data-route request: a switched-on failure, a 401, a 400 for bad JSON, or the handler's answer. */
export async function serveDataRoute(ctx) {
  const { control } = ctx.app;
  const { dialect, path } = ctx;

  const slow = control.take('slow', path);
  if (slow && !(await ctx.delay(slow.ms))) return;
  if (control.take('proxy-502', path)) return ctx.html(502, NGINX_502_HTML, 'proxy-502', { Server: 'nginx/1.25.3' });
  if (control.take('retry-after-zero', path)) return rateLimited(ctx, 0, 'retry-after-zero');
  const limited = control.take('rate-limit', path);
  if (limited) return rateLimited(ctx, limited.retryAfterSeconds, 'rate-limit');

  if (control.take('odd-urls', path)) {
    const kind = ctx.session.status === 'valid' ? 'expired' : ctx.session.status;
    return ctx.send(dialect.unauthorized(kind, control.nextOddUrl()), 'odd-urls');
  }
  if (ctx.session.status !== 'valid') return ctx.send(dialect.unauthorized(ctx.session.status), 'unauthorized');

  const leak = control.take('leak-internals', path);
  if (leak) return ctx.send(dialect.leak(leakStatus(leak, ctx.method)), 'leak-internals');
  const huge = control.take('huge-body', path);
  if (huge) return ctx.send(dialect.fieldErrors([{ field: dialect.sampleField, message: hugeText(huge.bytes, huge.shape) }], 422), 'huge-body');

  if (ctx.parseError) return ctx.send(dialect.badJson(ctx.parseError), 'bad-json');
  return ctx.route.handle(ctx);
}

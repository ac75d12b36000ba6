// The login flow, in the SaaS API's dialect (seed 004): a random session id in an HttpOnly,
// SameSite=Lax cookie, the session itself in server memory.
import { saas } from '../dialects/saas.mjs';
import { isRecord, textField } from '../http.mjs';
import { seedExample } from '../seeds.mjs';
import { clearedSessionCookie, sessionCookie } from '../sessions.mjs';

/** The password that always fails with 401 AUTHENTICATION_FAILED; any other non-empty one works. */
export const BAD_PASSWORD = 'wrong-password';
/** The account that exists but is deactivated (403 USER_INACTIVE). */
export const INACTIVE_EMAIL = 'inactive@example.com';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The account's plan follows its address, so each plan's page can be shown without the panel.
const PLAN_BY_LOCAL_PART = { free: 'free', expired: 'expired' };

function validateLogin(input) {
  const errors = [];
  const email = textField(input, 'email');
  const password = typeof input.password === 'string' ? input.password : '';
  if (!email) errors.push({ field: 'email', message: "'email' is required.", type: 'missing' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', message: "'email' must be a valid email address.", type: 'email_type' });
  if (!password) errors.push({ field: 'password', message: "'password' is required.", type: 'missing' });
  return { errors, email, password };
}

/** POST /api/login, POST /api/logout and GET /api/session. */
export function createAuthRoutes(app) {
  const route = (method, path, handle) => ({ method, path, dialect: saas, data: false, handle });

  // A plain HTML form post (no script) gets a redirect rather than JSON it cannot show.
  const wantsRedirect = (ctx) => ctx.bodyKind === 'form' && /text\/html/.test(ctx.req.headers.accept ?? '');
  const fail = (ctx, result, scenario) =>
    wantsRedirect(ctx) ? ctx.redirect(`/login?error=${result.body.error.code}`, {}, scenario) : ctx.send(result, scenario);

  const routes = [
    route('POST', '/api/login', (ctx) => {
      const { errors, email, password } = validateLogin(isRecord(ctx.body) ? ctx.body : {});
      if (errors.length > 0) return fail(ctx, saas.fieldErrors(errors), 'validation');
      if (password === BAD_PASSWORD) return fail(ctx, seedExample('004', 'AUTHENTICATION_FAILED'), 'authentication-failed');
      if (email.toLowerCase() === INACTIVE_EMAIL) return fail(ctx, seedExample('004', 'USER_INACTIVE'), 'user-inactive');
      const previous = ctx.cookieSession;
      if (previous) app.sessions.destroy(previous);
      const plan = PLAN_BY_LOCAL_PART[email.split('@')[0].toLowerCase()] ?? 'active';
      const id = app.sessions.create({ email, plan });
      const headers = { 'Set-Cookie': sessionCookie(id) };
      if (wantsRedirect(ctx)) return ctx.redirect('/', headers, 'ok');
      const { session } = app.sessions.lookup(id);
      return ctx.reply(200, { success: true, data: { email, plan, expiresAt: session.expiresAt } }, { headers });
    }),
    route('POST', '/api/logout', (ctx) => {
      if (ctx.cookieSession) app.sessions.destroy(ctx.cookieSession);
      return ctx.reply(200, { success: true, data: { loggedOut: true } }, { headers: { 'Set-Cookie': clearedSessionCookie() } });
    }),
    route('GET', '/api/session', (ctx) => {
      if (ctx.session.status !== 'valid') return ctx.send(saas.unauthorized(ctx.session.status), 'unauthorized');
      const { email, plan, createdAt, expiresAt } = ctx.session.session;
      return ctx.reply(200, { success: true, data: { email, plan: app.control.planOverride ?? plan, createdAt, expiresAt } });
    }),
  ];

  return { routes, reset() {} };
}

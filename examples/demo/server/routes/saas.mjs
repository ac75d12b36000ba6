// SaaS pages: the account and an export behind the plan (403 FEATURE_NOT_AVAILABLE on the free
// plan, 402 PLAN_EXPIRED), the monthly ai_generation quota, and a sign-up form.
import { randomUUID } from 'node:crypto';
import { saas } from '../dialects/saas.mjs';
import { isRecord, textField } from '../http.mjs';
import { seedExample } from '../seeds.mjs';

const QUOTA = { feature: 'ai_generation', limit: 100, baseline: 37, period: 'monthly' };
const PLANS = ['free', 'pro', 'team'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAKEN_EMAILS = ['taken@example.com', 'admin@example.com'];

const ok = (data) => ({ success: true, data });

function nextMonth(now = new Date()) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
}

function validateSignUp(input) {
  const errors = [];
  const email = textField(input, 'email');
  const password = typeof input.password === 'string' ? input.password : '';
  if (!email) errors.push({ field: 'email', message: "'email' is required.", type: 'missing' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', message: "'email' must be a valid email address.", type: 'email_type' });
  if (!password) errors.push({ field: 'password', message: "'password' is required.", type: 'missing' });
  else if (password.length < 8) errors.push({ field: 'password', message: "'password' is too short.", type: 'string_too_short' });
  return { errors, email, plan: textField(input, 'plan') || 'free' };
}

/** The SaaS routes, their usage counter and sign-up list. */
export function createSaasRoutes(app) {
  let used = QUOTA.baseline;
  let accounts = new Set(TAKEN_EMAILS);
  const route = (method, path, handle) => ({ method, path, dialect: saas, data: true, handle });
  const planOf = (ctx) => app.control.planOverride ?? ctx.session.session.plan;

  // The plan gate, answered before the feature itself, as a real API's dependency would.
  const gate = (ctx, feature) => {
    const plan = planOf(ctx);
    if (plan === 'expired') return ctx.send(seedExample('004', 'PLAN_EXPIRED'), 'plan-expired');
    if (plan !== 'free') return undefined;
    const example = seedExample('004', 'FEATURE_NOT_AVAILABLE');
    example.body.error.context.feature = feature;
    return ctx.send(example, 'feature-not-available');
  };

  const quotaExceeded = (ctx) => {
    // exhaust-quota replays the seed's own numbers (150 of 100); a real overrun states the count.
    const example = seedExample('004', 'QUOTA_EXCEEDED');
    if (!app.control.quotaExhausted) example.body.error.context.used = used;
    return ctx.send(example, 'quota-exceeded');
  };
  const overQuota = () => app.control.quotaExhausted || used >= QUOTA.limit;

  const routes = [
    route('GET', '/api/saas/account', (ctx) => {
      const { email } = ctx.session.session;
      return gate(ctx, 'team_account') ?? ctx.reply(200, ok({ email, plan: 'pro', seats: { used: 4, total: 10 }, renews_at: nextMonth(), features: ['team_account', 'premium_export', 'ai_generation'] }));
    }),
    route('GET', '/api/saas/export', (ctx) => gate(ctx, 'premium_export') ?? ctx.reply(200, ok({ format: 'csv', rows: 1284, url: '/exports/contacts-2025-01.csv' }))),
    route('GET', '/api/saas/usage', (ctx) => {
      if (overQuota()) return quotaExceeded(ctx);
      return ctx.reply(200, ok({ feature: QUOTA.feature, limit: QUOTA.limit, used, period: QUOTA.period, resets_at: nextMonth() }));
    }),
    route('POST', '/api/saas/generate', (ctx) => {
      if (overQuota()) return quotaExceeded(ctx);
      used += 1;
      return ctx.reply(200, ok({ id: randomUUID(), feature: QUOTA.feature, used, limit: QUOTA.limit }));
    }),
    route('POST', '/api/saas/signup', (ctx) => {
      const { errors, email, plan } = validateSignUp(isRecord(ctx.body) ? ctx.body : {});
      if (errors.length > 0) return ctx.send(saas.fieldErrors(errors), 'validation');
      // A domain rule, not a schema one: the seed answers it 400 with context.field/value.
      if (!PLANS.includes(plan)) return ctx.send(saas.make(400, 'VALIDATION_ERROR', `Unknown plan '${plan}'`, { field: 'plan', value: plan }), 'validation');
      if (accounts.has(email.toLowerCase())) return ctx.send(seedExample('004', 'CONFLICT'), 'conflict');
      accounts.add(email.toLowerCase());
      return ctx.reply(201, ok({ id: randomUUID(), email, plan }));
    }),
  ];

  const restoreQuota = () => {
    used = QUOTA.baseline;
  };
  return {
    routes,
    restoreQuota,
    reset() {
      restoreQuota();
      accounts = new Set(TAKEN_EMAILS);
    },
  };
}

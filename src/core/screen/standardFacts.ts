// What the standard fallbacks may show from an error's details: one allow-list per fallback,
// each fact read from known keys with its type checked. They live in the core, not beside the
// components, so that a server can copy an error's allow-listed details (and nothing else) into
// the plain form it hands a browser.
import { count, MAX_COUNT, oneOf, timeWindow, token, tokens, userValue, type KeyedReader } from './facts';

/** A fallback's allow-list: each fact it may show, by name, with the reader that checks it. */
export type FactList = Readonly<Record<string, KeyedReader<unknown>>>;

/** The periods a quota resets over. */
export const QUOTA_PERIODS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annual', 'hour', 'day', 'week', 'month', 'year'] as const;
/** The units a storage quota is counted in. */
const QUOTA_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** AccessDenied: the role needed, the user's own, the permission. */
export const ACCESS_FACTS = /* @__PURE__ */ Object.freeze({ requiredRole: token('required_role', 'requiredRole'), currentRole: token('current_role', 'currentRole'), permission: token('permission', 'required_permission') });
/** ConflictNotice: the field, the value that clashed, the state found and the states expected. */
export const CONFLICT_FACTS = /* @__PURE__ */ Object.freeze({ field: token('conflict_field'), value: userValue(100, 'conflict_value'), state: token('current_state'), expectedStates: tokens('expected_states') });
/** PaymentRequired: the feature and the plan that has it. */
export const PAYMENT_FACTS = /* @__PURE__ */ Object.freeze({ feature: token('feature'), plan: token('plan') });
/** QuotaExceeded: how much of what was used, of which limit, per which period. */
export const QUOTA_FACTS = /* @__PURE__ */ Object.freeze({ used: count(MAX_COUNT, 'used'), limit: count(MAX_COUNT, 'limit'), unit: oneOf(QUOTA_UNITS, 'unit'), period: oneOf(QUOTA_PERIODS, 'period'), resource: token('feature', 'resource') });
/** RateLimited: the limit and its window. */
export const RATE_LIMIT_FACTS = /* @__PURE__ */ Object.freeze({ limit: count(MAX_COUNT, 'limit'), window: timeWindow('window') });
/** ServiceUnavailable: which service. */
export const SERVICE_FACTS = /* @__PURE__ */ Object.freeze({ service: token('service') });

/** Every standard fallback's allow-list. */
export const STANDARD_FACTS: readonly FactList[] = /* @__PURE__ */ Object.freeze([ACCESS_FACTS, CONFLICT_FACTS, PAYMENT_FACTS, QUOTA_FACTS, RATE_LIMIT_FACTS, SERVICE_FACTS]);

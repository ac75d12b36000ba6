// The SaaS API with plans (seed 004): {success: false, error: {code, message, context}}.
import type { Preset } from '../../core/kit/Preset';
import type { CodeEntry } from '../../core/registry/CodeEntry';
import { ACCOUNT_CODES } from '../shared/accountCodes';
import { accountWords } from '../shared/accountWords';
import { mergePresetWords } from '../shared/mergePresetWords';
import { saasEnvelope } from './dialect';
import { saasWords } from './words';

const SAAS_CODES = {
  ...ACCOUNT_CODES,
  USER_INACTIVE: { category: 'forbidden', titleKey: 'account.deactivated', messageKey: 'account.contactToReactivate' },
  PLAN_AUTHORIZATION_ERROR: { category: 'forbidden' },
  PLAN_EXPIRED: { category: 'payment', titleKey: 'plan.expired', messageKey: 'plan.renew' },
  FEATURE_NOT_AVAILABLE: { category: 'payment', titleKey: 'plan.featureMissing', messageKey: 'plan.upgradeToUse' },
  USER_PLAN_NOT_FOUND: { category: 'payment', titleKey: 'plan.none', messageKey: 'plan.choose' },
  PLAN_NOT_FOUND: { category: 'not-found' },
  ROLE_NOT_FOUND: { category: 'not-found' },
  DATABASE_CONNECTION_ERROR: { category: 'unavailable' },
  DATABASE_CIRCUIT_BREAKER_OPEN: { category: 'unavailable' },
  DATABASE_TIMEOUT_ERROR: { category: 'timeout' },
} as const satisfies Record<string, CodeEntry>;

/** The codes the SaaS preset adds, for `Register`: `interface Register { codes: SaasCode }`. */
export type SaasCode = keyof typeof SAAS_CODES;

/** The SaaS API with plans (seed 004): its envelope, its plan, account and database codes, their words. */
export const saas: Preset = {
  name: 'saas',
  dialects: [saasEnvelope],
  codes: SAAS_CODES,
  words: /* @__PURE__ */ mergePresetWords(accountWords, saasWords),
};

export { saasEnvelope };

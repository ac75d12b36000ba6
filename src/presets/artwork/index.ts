// The artwork / player API (seed 001): `{detail: "sentence"}` with no code over HTTP, and
// `{status: "error", error_code, message}` over MQTT.
import { detailSentence } from '../../core/dialects/detailSentence';
import type { Preset } from '../../core/kit/Preset';
import type { CodeEntry } from '../../core/registry/CodeEntry';
import { ACCOUNT_CODES } from '../shared/accountCodes';
import { accountWords } from '../shared/accountWords';
import { mergePresetWords } from '../shared/mergePresetWords';
import { artworkMqtt } from './mqttDialect';
import { ARTWORK_SENTENCES } from './sentences';
import { artworkWords } from './words';

const ARTWORK_CODES = {
  ...ACCOUNT_CODES,
  EMAIL_NOT_VERIFIED: { category: 'forbidden', titleKey: 'email.verify', messageKey: 'email.openLinkThenRetry' },
  CURRENT_PASSWORD_INCORRECT: { category: 'validation', titleKey: 'password.currentIncorrect', messageKey: 'password.enterCurrentAgain' },
  ACCOUNT_PENDING_VERIFICATION: { category: 'conflict', titleKey: 'account.pendingVerification', messageKey: 'account.openVerificationLink' },
} as const satisfies Record<string, CodeEntry>;

/** The codes the artwork preset gives its sentences, for `Register`. */
export type ArtworkCode = keyof typeof ARTWORK_CODES;

/** The artwork / player API (seed 001): its sentences turned into codes, its MQTT replies, their words. */
export const artwork: Preset = {
  name: 'artwork',
  dialects: [artworkMqtt, detailSentence],
  codes: ARTWORK_CODES,
  matchers: ARTWORK_SENTENCES,
  words: /* @__PURE__ */ mergePresetWords(accountWords, artworkWords),
};

export { artworkMqtt };

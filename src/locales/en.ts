import type { Message } from '../core/messages/Message';
import { coreWords } from './en/coreWords';
import { accessWords, conflictWords, developerWords, loginWords, networkWords, paymentWords, quotaWords, rateLimitWords, noticeWords, referenceWords, serviceWords, shellWords, summaryWords } from './en/interfaceWords';

// Every word api-error-kit's generic fallbacks can show, in English: the registry's words for each
// category and for the standard codes that need their own, and every heading, label, button,
// live-region sentence and countdown of the fallbacks. (A preset brings its own codes' words.) Other locales are typed against these keys. `{name}` is a value
// put in; a message with `one` / `other` (and the other CLDR plural forms) is chosen by `{count}`.
// Numbers, durations and times are formatted in the active locale by Intl before they go in.

const en = {
  ...coreWords,
  ...shellWords,
  ...noticeWords,
  ...accessWords,
  ...conflictWords,
  ...paymentWords,
  ...quotaWords,
  ...rateLimitWords,
  ...serviceWords,
  ...networkWords,
  ...loginWords,
  ...referenceWords,
  ...summaryWords,
  ...developerWords,
};

export type { Message } from '../core/messages/Message';

/** The name of a message in the catalogue. */
export type MessageKey = keyof typeof en;

/** Every message the kit can show, by key: what a locale provides. A missing or misspelled key fails the typecheck. */
export type Catalogue = { readonly [Key in MessageKey]: Message };

en satisfies Catalogue;

// Named as well as default: CommonJS consumers get `require(...).default` and the name alike.
/** The kit's words in English: the default catalogue. */
export { en };
export default en;

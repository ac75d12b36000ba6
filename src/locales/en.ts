import { coreWords } from './en/coreWords';
import { interfaceWords } from './en/interfaceWords';

// Every word api-error-kit can show, in English: the registry's words for each category and for
// the codes that need their own, and every heading, label, button, live-region sentence and
// countdown of the fallbacks. Other locales are typed against these keys. `{name}` is a value
// put in; a message with `one` / `other` (and the other CLDR plural forms) is chosen by `{count}`.
// Numbers, durations and times are formatted in the active locale by Intl before they go in.

const en = { ...coreWords, ...interfaceWords };

/** A message of the catalogue: a sentence, or its plural forms chosen by `{count}` (CLDR categories; `other` is required). */
export type Message = string | ({ readonly other: string } & { readonly [Form in Intl.LDMLPluralRule]?: string });

/** The name of a message in the catalogue. */
export type MessageKey = keyof typeof en;

/** Every message the kit can show, by key: what a locale provides. A missing or misspelled key fails the typecheck. */
export type Catalogue = { readonly [Key in MessageKey]: Message };

en satisfies Catalogue;

// Named as well as default: CommonJS consumers get `require(...).default` and the name alike.
/** The kit's words in English: the default catalogue. */
export { en };
export default en;

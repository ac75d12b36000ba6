import type { Catalogue, Message, MessageKey } from '../../locales/en';
import { coreWords } from '../../locales/en/coreWords';

/** Values put into a message's `{name}` placeholders; numbers are formatted in the locale. */
export type MessageValues = Readonly<Record<string, string | number>>;

const ENGLISH_CORE: Partial<Catalogue> = coreWords;

/**
 * The message for `key` in `catalogue`, else the core's English words. The core says only its
 * own words (so it does not carry the fallbacks'); the React layer always passes a complete
 * catalogue, English under the app's, so a partial one falls back key by key.
 */
export function lookupMessage(catalogue: Partial<Catalogue> | undefined, key: MessageKey): Message {
  const own = catalogue && Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  return own ?? ENGLISH_CORE[key] ?? key;
}

/** The text of a message for `count`, picking its plural form with the locale's rules. */
export function pluralForm(message: Message, locale: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  let form: Intl.LDMLPluralRule = 'other';
  try {
    form = new Intl.PluralRules(locale).select(count);
  } catch {
    // An unknown locale tag: English plural rules are better than none.
    form = new Intl.PluralRules('en').select(count);
  }
  return message[form] ?? message.other;
}

/** A message's text cut at its `{placeholders}`: text and names in order, for rendering values that are elements. */
export function messageParts(text: string): Array<string | { name: string }> {
  const parts: Array<string | { name: string }> = [];
  let rest = text;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    const close = rest.indexOf('}', open);
    if (close < 0) break;
    if (open > 0) parts.push(rest.slice(0, open));
    parts.push({ name: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** A number as the locale writes it. */
export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return new Intl.NumberFormat('en').format(value);
  }
}

/** A message as text, in `locale`, its placeholders filled (numbers formatted, `{count}` choosing the plural form). */
export function formatMessage(catalogue: Partial<Catalogue> | undefined, locale: string, key: MessageKey, values: MessageValues = {}): string {
  const count = typeof values['count'] === 'number' ? values['count'] : undefined;
  return messageParts(pluralForm(lookupMessage(catalogue, key), locale, count))
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = Object.hasOwn(values, part.name) ? values[part.name] : undefined;
      return typeof value === 'number' ? formatNumber(value, locale) : (value ?? `{${part.name}}`);
    })
    .join('');
}

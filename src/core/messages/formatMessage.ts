import type { Message } from './Message';

// Catalogues come from apps and translators, so they are read defensively: a key that is
// missing, a message that is not text, a plural message without its `other` form, each falls
// back to English for that key and never throws. A phrase is said in one language: when its
// words fall back to English, so do the numbers, units and times put into it, and a value that
// needs words the catalogue lacks ("a few seconds") sends the whole phrase to English.

/** Message keys and their messages: a locale's catalogue, a preset's words, or part of either. */
export type Words = Readonly<Record<string, Message>>;

/** Where a phrase's words come from: a catalogue and the locale its numbers and units are written in. */
export interface PhraseSource {
  catalogue: Words;
  locale: string;
}

/** A value put into a placeholder: text, a number (formatted in the phrase's locale), or text made in the phrase's language (undefined when that language lacks the words). */
export type MessageValue = string | number | ((source: PhraseSource) => string | undefined);

/** Values put into a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** True for a message the kit can say: text, or plural forms that are all text and include `other`. */
function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  try {
    return typeof (value as { other?: unknown }).other === 'string' && Object.values(value).every((form) => typeof form === 'string');
  } catch {
    return false;
  }
}

/** The message for `key` in `catalogue`, or undefined when the catalogue lacks a usable one. */
export function messageIn(catalogue: Words | undefined, key: string): Message | undefined {
  if (typeof catalogue !== 'object' || catalogue === null) return undefined;
  try {
    const found: unknown = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
    return isMessage(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

/** `locale` when Intl can use it, else English: a bad tag from an app must not take a fallback down. */
export function usableLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The locale English words are written in for an app in `locale`: its own English (en-GB), else plain English. */
export function englishFor(locale: string): string {
  return /^en(?:-|$)/i.test(locale) ? locale : 'en';
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

/** `key` said wholly from `source`, or undefined when the source lacks its words or the words of a value in it. */
export function formatIn(source: PhraseSource, key: string, values: MessageValues = {}): string | undefined {
  const message = messageIn(source.catalogue, key);
  if (message === undefined) return undefined;
  const count = typeof values['count'] === 'number' ? values['count'] : undefined;
  let text = '';
  for (const part of messageParts(pluralForm(message, source.locale, count))) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = Object.hasOwn(values, part.name) ? values[part.name] : undefined;
    const filled = typeof value === 'function' ? value(source) : typeof value === 'number' ? formatNumber(value, source.locale) : (value ?? `{${part.name}}`);
    if (filled === undefined) return undefined;
    text += filled;
  }
  return text;
}

/**
 * A message as text, in `locale`, its placeholders filled (numbers formatted, `{count}` choosing
 * the plural form). Said from `catalogue` when it has the words; otherwise the whole phrase is
 * said in English from `english`, numbers and units included; the key itself as a last resort.
 */
export function formatMessage(catalogue: Words | undefined, locale: string, key: string, values: MessageValues = {}, english: Words = {}): string {
  const own = catalogue === undefined ? undefined : formatIn({ catalogue, locale }, key, values);
  return own ?? formatIn({ catalogue: english, locale: englishFor(locale) }, key, values) ?? key;
}

'use client';
import { Fragment, useMemo, type ReactNode } from 'react';
import type { MessageKey } from '../../locales/en';
import { coreWords } from '../../locales/en/coreWords';
import { shellWords } from '../../locales/en/interfaceWords';
import { waitIn } from '../../core/messages/describeWait';
import { englishFor, formatIn, formatNumber, messageIn, messageParts, pluralForm, type MessageValue, type MessageValues, type PhraseSource, type Words } from '../../core/messages/formatMessage';
import type { ResolvedEntry } from '../../core/registry/CodeEntry';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** A value put into a rich message: an element, text, a number, or either made in the phrase's language. */
export type RichValue = ReactNode | ((source: PhraseSource) => ReactNode);

/** The words of the active locale: every string a fallback shows goes through these. */
export interface Messages<Key extends string = MessageKey> {
  locale: string;
  /** A message as text, its `{placeholders}` filled (numbers in the locale's digits). */
  t(key: Key | MessageKey, values?: MessageValues): string;
  /** A message whose placeholders are elements (`<strong>admin</strong>`), `count` choosing its plural form. */
  rich(key: Key | MessageKey, values: Readonly<Record<string, RichValue>>, count?: number): ReactNode;
  /** A wait in words at coarse steps ("30 seconds", "a few seconds"), in the language of the phrase it goes into. */
  wait(ms: number): MessageValue;
  /** A registry entry's heading and message in the active locale (or the app's own words as given). */
  entry(entry: ResolvedEntry): { title: string; message: string };
}

/** `key` with element values, wholly from `source`; undefined when the source lacks its words. */
function richIn(source: PhraseSource, key: string, values: Readonly<Record<string, RichValue>>, count: number | undefined): ReactNode[] | undefined {
  const message = messageIn(source.catalogue, key);
  if (message === undefined) return undefined;
  const nodes: ReactNode[] = [];
  for (const part of messageParts(pluralForm(message, source.locale, count))) {
    if (typeof part === 'string') {
      nodes.push(part);
      continue;
    }
    const value = Object.hasOwn(values, part.name) ? values[part.name] : `{${part.name}}`;
    const filled = typeof value === 'function' ? value(source) : typeof value === 'number' ? formatNumber(value, source.locale) : value;
    if (filled === undefined) return undefined;
    nodes.push(filled);
  }
  return nodes;
}

/** The words a kit's presets bring for `locale`: its own tag's, else its language's. */
function presetWords(words: Readonly<Record<string, Words>>, locale: string): Words | undefined {
  return words[locale] ?? words[locale.split('-')[0] ?? ''];
}

/**
 * The words of the active locale: the app's catalogue, then its kit's presets' words for the
 * locale; a key neither has is said wholly in English (the registry's and the shell's, the
 * presets', and `englishWords`: a part's own), its numbers and units in English too.
 */
export function useMessages<Key extends string = MessageKey>(englishWords?: Readonly<Record<Key, unknown>> & Words): Messages<Key> {
  const { locale, messages: chosen, kit } = useApiErrorSettings();
  return useMemo<Messages<Key>>(() => {
    // The app's catalogue is read key by key, never spread: a catalogue is the app's data, and a
    // broken one (a throwing getter) must spoil only its own keys.
    // English of the registry and the shell, and of the part that asks (a fallback's own words): an app pays for the words of what it renders.
    const english: PhraseSource = { catalogue: { ...coreWords, ...shellWords, ...kit.words['en'], ...englishWords }, locale: englishFor(locale) };
    const inLocale = /^en(?:-|$)/i.test(locale) ? english.locale : locale;
    const translated = presetWords(kit.words, locale);
    const sources: PhraseSource[] = [
      ...(chosen ? [{ catalogue: chosen, locale: inLocale }] : []),
      ...(translated && inLocale !== english.locale ? [{ catalogue: translated, locale: inLocale }] : []),
      english,
    ];
    const say = (key: string, values?: MessageValues) => {
      for (const source of sources) {
        const said = formatIn(source, key, values);
        if (said !== undefined) return said;
      }
      return undefined;
    };
    const t = (key: string, values?: MessageValues) => say(key, values) ?? key;
    return {
      locale,
      t,
      rich(key, values, count) {
        let nodes: ReactNode[] | undefined;
        for (const source of sources) if ((nodes ??= richIn(source, key, values, count))) break;
        return (nodes ?? [key]).map((node, index) => <Fragment key={index}>{node}</Fragment>);
      },
      wait: waitIn,
      // A key no catalogue has (a preset's, where the kit lacks the preset) says its category's words, never the key.
      entry: (entry) => ({
        title: entry.title ?? say(entry.titleKey) ?? t(`category.${entry.category}.title`),
        message: entry.message ?? say(entry.messageKey) ?? t(`category.${entry.category}.message`),
      }),
    };
  }, [locale, chosen, kit, englishWords]);
}

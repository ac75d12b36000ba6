import { Fragment, useMemo, type ReactNode } from 'react';
import en, { type MessageKey } from '../../locales/en';
import { waitIn } from '../../core/messages/describeWait';
import { englishFor, formatMessage, formatNumber, messageIn, messageParts, pluralForm, type MessageValue, type MessageValues, type PhraseSource } from '../../core/messages/formatMessage';
import type { ResolvedEntry } from '../../core/registry/CodeEntry';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** A value put into a rich message: an element, text, a number, or either made in the phrase's language. */
export type RichValue = ReactNode | ((source: PhraseSource) => ReactNode);

/** The words of the active locale: every string a fallback shows goes through these. */
export interface Messages {
  locale: string;
  /** A message as text, its `{placeholders}` filled (numbers in the locale's digits). */
  t(key: MessageKey, values?: MessageValues): string;
  /** A message whose placeholders are elements (`<strong>admin</strong>`), `count` choosing its plural form. */
  rich(key: MessageKey, values: Readonly<Record<string, RichValue>>, count?: number): ReactNode;
  /** A wait in words at coarse steps ("30 seconds", "a few seconds"), in the language of the phrase it goes into. */
  wait(ms: number): MessageValue;
  /** A registry entry's heading and message in the active locale (or the app's own words as given). */
  entry(entry: ResolvedEntry): { title: string; message: string };
}

/** `key` with element values, wholly from `source`; undefined when the source lacks its words. */
function richIn(source: PhraseSource, key: MessageKey, values: Readonly<Record<string, RichValue>>, count: number | undefined): ReactNode[] | undefined {
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

/** The catalogue and locale the provider set (English when there is no provider). */
export function useMessages(): Messages {
  const { locale, messages: chosen } = useApiErrorSettings();
  return useMemo<Messages>(() => {
    // The app's words first; a key they lack (or spoil) is said wholly in English, key by key.
    const t = (key: MessageKey, values?: MessageValues) => formatMessage(chosen, locale, key, values, en);
    const english: PhraseSource = { catalogue: en, locale: englishFor(locale) };
    return {
      locale,
      t,
      rich(key, values, count) {
        const nodes = (chosen && richIn({ catalogue: chosen, locale }, key, values, count)) ?? richIn(english, key, values, count) ?? [key];
        return nodes.map((node, index) => <Fragment key={index}>{node}</Fragment>);
      },
      wait: waitIn,
      entry: (entry) => ({
        title: entry.titleKey ? t(entry.titleKey) : entry.title,
        message: entry.messageKey ? t(entry.messageKey) : entry.message,
      }),
    };
  }, [locale, chosen]);
}


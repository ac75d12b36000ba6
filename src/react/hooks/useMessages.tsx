import { Fragment, useMemo, type ReactNode } from 'react';
import en, { type Catalogue, type MessageKey } from '../../locales/en';
import { describeWait } from '../../core/messages/describeWait';
import { formatMessage, formatNumber, lookupMessage, messageParts, pluralForm, type MessageValues } from '../../core/messages/formatMessage';
import type { ResolvedEntry } from '../../core/registry/CodeEntry';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** The words of the active locale: every string a fallback shows goes through these. */
export interface Messages {
  locale: string;
  /** A message as text, its `{placeholders}` filled (numbers in the locale's digits). */
  t(key: MessageKey, values?: MessageValues): string;
  /** A message whose placeholders are elements (`<strong>admin</strong>`), `count` choosing its plural form. */
  rich(key: MessageKey, values: Readonly<Record<string, ReactNode>>, count?: number): ReactNode;
  /** A wait in words at coarse steps ("30 seconds", "a few seconds"). */
  wait(ms: number): string;
  /** A number as the locale writes it. */
  number(value: number): string;
  /** A registry entry's heading and message in the active locale (or the app's own words as given). */
  entry(entry: ResolvedEntry): { title: string; message: string };
}

/** The catalogue and locale the provider set (English when there is no provider). */
export function useMessages(): Messages {
  const { locale, messages: chosen } = useApiErrorSettings();
  return useMemo<Messages>(() => {
    // English under the app's catalogue: a partial one falls back key by key.
    const messages: Catalogue = chosen ? { ...en, ...chosen } : en;
    const t = (key: MessageKey, values?: MessageValues) => formatMessage(messages, locale, key, values);
    return {
      locale,
      t,
      rich(key, values, count) {
        const parts = messageParts(pluralForm(lookupMessage(messages, key), locale, count));
        return parts.map((part, index) => (
          <Fragment key={index}>{typeof part === 'string' ? part : (Object.hasOwn(values, part.name) ? values[part.name] : `{${part.name}}`)}</Fragment>
        ));
      },
      wait: (ms) => describeWait(ms, locale, messages),
      number: (value) => formatNumber(value, locale),
      entry: (entry) => ({
        title: entry.titleKey ? t(entry.titleKey) : entry.title,
        message: entry.messageKey ? t(entry.messageKey) : entry.message,
      }),
    };
  }, [locale, chosen]);
}

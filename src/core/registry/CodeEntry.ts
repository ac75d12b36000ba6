import type { ErrorCategory } from '../ErrorCategory';

/** One code's declaration in a registry: read by the normalizer, the retry policy and the fallbacks. */
export interface CodeEntry {
  category: ErrorCategory;
  /** A different category at some statuses, where one code means two things (USER_NOT_FOUND at 401 and 404). */
  byStatus?: Readonly<Partial<Record<number, ErrorCategory>>>;
  /** Whether retrying can succeed; defaults to the category's rule. A server-stated wait is always honoured. */
  retryable?: boolean;
  /** Retries allowed for this code, overriding the retry policy's default. */
  maxRetries?: number;
  /** Which fallback shows it (a category, or a name a preset or the app gives a fallback: `invoice-locked`); defaults to the category. */
  fallback?: string;
  /** The heading's message key in the locales (`session.expired`); defaults to the category's. */
  titleKey?: string;
  /** The message's key in the locales; defaults to the category's. */
  messageKey?: string;
  /** A heading in the app's own words, over any key (not translated). */
  title?: string;
  /** A message in the app's own words, over any key (not translated). */
  message?: string;
}

/** A registry entry resolved for one error: every choice made, nothing left to default. */
export interface ResolvedEntry {
  code: string;
  category: ErrorCategory;
  retryable: boolean;
  maxRetries?: number;
  /** The name of the fallback that shows it. */
  fallback: string;
  /** The heading's message key, for the active locale's words. */
  titleKey: string;
  /** The message's key, for the active locale's words. */
  messageKey: string;
  /** The app's own heading, when it gave one: shown as it is. */
  title?: string;
  /** The app's own message, when it gave one: shown as it is. */
  message?: string;
}

/** The words of an entry an application may replace (to match its voice). */
export interface MessageOverride {
  title?: string;
  message?: string;
}

import type { MessageKey } from '../../locales/en';
import type { ErrorCategory } from '../ErrorCategory';

/** One code's declaration in the registry: read by the normalizer, the retry policy and the fallbacks. */
export interface CodeEntry {
  /** The HTTP status(es) servers send it with. */
  status?: number | readonly number[];
  category: ErrorCategory;
  /** A different category at some statuses, where one code means two things (USER_NOT_FOUND at 401 and 404). */
  byStatus?: Readonly<Partial<Record<number, ErrorCategory>>>;
  /** Whether retrying can succeed; defaults to the category's rule. A server-stated wait is always honoured. */
  retryable?: boolean;
  /** Retries allowed for this code, overriding the retry policy's default. */
  maxRetries?: number;
  /** A heading for the fallback, in the app's words; defaults to the category's. */
  title?: string;
  /** What happened and what the user can do, in plain words; defaults to the category's. */
  message?: string;
  /** A heading from the message catalogue (translated with it), when no `title` is given. */
  titleKey?: MessageKey;
  /** A message from the message catalogue (translated with it), when no `message` is given. */
  messageKey?: MessageKey;
  /** Which fallback shows it; defaults to the category's fallback. */
  fallback?: string;
}

/** A registry entry resolved for one error: every choice made, nothing left to default. */
export interface ResolvedEntry {
  code: string;
  category: ErrorCategory;
  retryable: boolean;
  maxRetries?: number;
  /** The heading in English, or in the app's words when it gave its own. */
  title: string;
  /** The message in English, or in the app's words when it gave its own. */
  message: string;
  /** The catalogue key the heading comes from, so a fallback can show it in the active locale; absent for the app's own words. */
  titleKey?: MessageKey;
  /** The catalogue key the message comes from; absent for the app's own words. */
  messageKey?: MessageKey;
  fallback: string;
}

/** The words of an entry an application may replace (to translate or to match its voice). */
export interface MessageOverride {
  title?: string;
  message?: string;
}

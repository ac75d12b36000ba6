import type { ErrorCategory } from './ErrorCategory';

/** What a category means for everything that handles it: retries, the words, where it is shown. */
export interface CategoryTraits {
  /** The status a failure of this kind is sent with, when a code of it names no other. */
  status?: number;
  /** Whether retrying can succeed, for codes that do not say otherwise. */
  retryable: boolean;
  /** Whether its fallback retries by itself (the failure is expected to pass). */
  selfRetrying: boolean;
  /** Whether it is the server's own failure: its sentences are never shown, and a query with data keeps showing it. */
  serverSide: boolean;
  /** Whether a page cannot go on without it: a query that fails so replaces its part of the page even when it has data. */
  blocksPage: boolean;
  /** A short English sentence, so that `ApiError.message` is always readable; the fallbacks' words are in the locales. */
  sentence: string;
}

/**
 * Every category's meaning, stated once. Codes override what they need per code; the locales
 * hold the words (`category.<name>.title` and `.message`).
 */
export const CATEGORIES = {
  unauthenticated: { status: 401, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: 'Sign in to continue.' },
  forbidden: { status: 403, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: 'You do not have permission to do this.' },
  payment: { status: 402, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'Your plan does not include this.' },
  validation: { status: 422, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'Check the information you entered and try again.' },
  'not-found': { status: 404, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: 'It may have been moved or deleted.' },
  conflict: { status: 409, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'This clashes with something that exists or has changed.' },
  'rate-limited': { status: 429, retryable: true, selfRetrying: true, serverSide: false, blocksPage: false, sentence: 'Too many requests. Wait a moment and try again.' },
  quota: { retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'You have used all of your allowance.' },
  upstream: { status: 502, retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: 'A service we rely on is not responding.' },
  unavailable: { status: 503, retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: 'The service is temporarily unavailable.' },
  timeout: { status: 504, retryable: true, selfRetrying: true, serverSide: true, blocksPage: false, sentence: 'The request took too long.' },
  server: { status: 500, retryable: true, selfRetrying: false, serverSide: true, blocksPage: true, sentence: 'Sorry, there is a problem with the service.' },
  network: { retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: 'You appear to be offline.' },
  cancelled: { status: 499, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'The request was cancelled.' },
  unknown: { retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: 'Sorry, there is a problem.' },
} as const satisfies Record<ErrorCategory, CategoryTraits>;

/** The traits of `category`. */
export function categoryTraits(category: ErrorCategory): CategoryTraits {
  return CATEGORIES[category];
}

import type { ErrorCategory } from '../ErrorCategory';
import { get } from '../internal/read';
import type { MessageKey } from '../../locales/en';
import { formatMessage } from '../messages/formatMessage';
import { CATEGORY_RETRYABLE } from './categoryDefaults';
import type { CodeEntry, MessageOverride, ResolvedEntry } from './CodeEntry';
import { codeForStatus, DEFAULT_CODES, type DefaultCode } from './defaultCodes';
import type { RegisteredCode } from './Register';
import type { SentenceMatcher } from './sentenceMatchers';

/** How an application extends and words the registry. */
export interface RegistryOptions<Added extends string, Known extends string> {
  /** The application's own codes, declared like the kit's. */
  codes?: Readonly<Record<Added, CodeEntry>>;
  /** New words for any known code (to translate, or to match the app's voice). */
  messages?: { readonly [Code in NoInfer<Known | Added>]?: MessageOverride };
  /** New words for whole categories, used by every code that has none of its own. */
  categories?: { readonly [Category in ErrorCategory]?: MessageOverride };
  /** Sentence matchers for APIs that send no code, tried before the ones the dialects carry. */
  matchers?: readonly SentenceMatcher[];
  /** Show a server's own 4xx sentence when it is safe (true), or always the registry's words (false, for translated apps). */
  serverMessages?: boolean;
}

/** The single source of truth for codes: category, retry rule, words and fallback of each. */
export interface Registry<Code extends string = DefaultCode> {
  readonly codes: Readonly<Record<Code, CodeEntry>>;
  readonly matchers: readonly SentenceMatcher[];
  readonly serverMessages: boolean;
  /** Everything decided for `code` at `status`, whether the code is known or not. */
  resolve(code: string, status?: number): ResolvedEntry;
  /** True when `error` carries `code`; the code is type-checked against this registry and the app's `Register`. */
  hasCode(error: unknown, code: Code | RegisteredCode): boolean;
  /** A registry with more codes or other words; this one is left as it is. */
  extend<const Added extends string = never>(options: RegistryOptions<Added, Code>): Registry<Code | Added>;
}

// Resolved entries kept per registry: codes come from servers, so the count is bounded.
const MAX_RESOLVED = 500;

// For codes no registry knows: the word in the code says more than nothing.
const CODE_WORDS: ReadonlyArray<[RegExp, ErrorCategory]> = [
  [/QUOTA/, 'quota'],
  [/RATE_?LIMIT|THROTTL|TOO_MANY/, 'rate-limited'],
  [/UNAUTHENTICATED|UNAUTHORI[SZ]ED|TOKEN|SESSION|LOGIN/, 'unauthenticated'],
  [/FORBIDDEN|PERMISSION|DENIED|NOT_ALLOWED/, 'forbidden'],
  [/NOT_FOUND|MISSING|UNKNOWN_/, 'not-found'],
  [/CONFLICT|DUPLICATE|ALREADY|EXISTS|TAKEN/, 'conflict'],
  [/VALIDATION|INVALID|REQUIRED|MALFORMED/, 'validation'],
  [/TIMEOUT|TIMED_OUT/, 'timeout'],
  [/UNAVAILABLE|MAINTENANCE/, 'unavailable'],
];

/** The default registry plus the application's codes, words and matchers. */
export function createRegistry<const Added extends string = never>(
  options: RegistryOptions<Added, DefaultCode> = {},
): Registry<DefaultCode | Added> {
  return build<DefaultCode, Added>(DEFAULT_CODES, [], {}, {}, true, options);
}

function build<Known extends string, Added extends string>(
  baseCodes: Readonly<Record<string, CodeEntry>>,
  baseMatchers: readonly SentenceMatcher[],
  baseMessages: Readonly<Record<string, MessageOverride | undefined>>,
  baseCategories: Readonly<Record<string, MessageOverride | undefined>>,
  baseServerMessages: boolean,
  options: RegistryOptions<Added, Known>,
): Registry<Known | Added> {
  type Code = Known | Added;
  const codes = { ...baseCodes, ...options.codes } as Readonly<Record<Code, CodeEntry>>;
  const messages: Record<string, MessageOverride | undefined> = { ...baseMessages, ...options.messages };
  const categories: Record<string, MessageOverride | undefined> = { ...baseCategories, ...options.categories };
  const matchers = [...(options.matchers ?? []), ...baseMatchers];
  const serverMessages = options.serverMessages ?? baseServerMessages;
  const entryOf = (code: string): CodeEntry | undefined => get(codes, code) as CodeEntry | undefined;
  const resolved = new Map<string, ResolvedEntry>();

  const registry: Registry<Code> = {
    codes,
    matchers,
    serverMessages,
    resolve(code, status) {
      // A registry never changes: each code and status is resolved once, and the frozen answer reused.
      const cacheKey = `${code}\u0000${String(status)}`;
      const cached = resolved.get(cacheKey);
      if (cached) return cached;
      const known = entryOf(code);
      // An unknown code borrows its status's entry; at a generic status (400, or none) the
      // word in its name says more (INVOICE_NOT_FOUND at 400 is about something missing).
      const statusCode = codeForStatus(status);
      const named = CODE_WORDS.find(([pattern]) => pattern.test(code))?.[1];
      const entry: CodeEntry =
        known ??
        (statusCode !== 'BAD_REQUEST' && statusCode !== 'UNKNOWN_ERROR' ? entryOf(statusCode) : undefined) ??
        (named ? { category: named } : undefined) ??
        DEFAULT_CODES[statusCode];
      const category = (status !== undefined ? entry.byStatus?.[status] : undefined) ?? entry.category;
      const categoryWords = categories[category];
      const own = known ? (get(messages, code) as MessageOverride | undefined) : undefined;
      // The app's words first (its overrides, its own codes' words), then the catalogue: the code's key, else the category's.
      const title = own?.title ?? (known ? entry.title : undefined) ?? categoryWords?.title;
      const message = own?.message ?? (known ? entry.message : undefined) ?? categoryWords?.message;
      const titleKey: MessageKey = (known ? entry.titleKey : undefined) ?? `category.${category}.title`;
      const messageKey: MessageKey = (known ? entry.messageKey : undefined) ?? `category.${category}.message`;
      const answer: ResolvedEntry = {
        code,
        category,
        retryable: entry.retryable ?? CATEGORY_RETRYABLE[category],
        title: title ?? formatMessage(undefined, 'en', titleKey),
        message: message ?? formatMessage(undefined, 'en', messageKey),
        fallback: entry.fallback ?? category,
      };
      if (title === undefined) answer.titleKey = titleKey;
      if (message === undefined) answer.messageKey = messageKey;
      if (entry.maxRetries !== undefined) answer.maxRetries = entry.maxRetries;
      if (resolved.size >= MAX_RESOLVED) resolved.clear();
      resolved.set(cacheKey, Object.freeze(answer));
      return answer;
    },
    hasCode(error, code) {
      return get(error, 'code') === code;
    },
    extend(more) {
      return build<Code, never>(codes, matchers, messages, categories, serverMessages, more as RegistryOptions<never, Code>) as never;
    },
  };
  return registry;
}

/** The registry every API uses when an application supplies none. */
export const defaultRegistry: Registry = createRegistry();

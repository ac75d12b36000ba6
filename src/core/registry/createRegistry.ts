import { CATEGORIES } from '../categories';
import type { ErrorCategory } from '../ErrorCategory';
import { get } from '../internal/read';
import type { CodeEntry, MessageOverride, ResolvedEntry } from './CodeEntry';
import type { RegisteredCode } from './Register';
import type { SentenceMatcher } from './sentenceMatchers';
import { codeForStatus, STANDARD_CODES, type StandardCode } from './standardCodes';

/** How an application (or a preset) extends and words the registry. */
export interface RegistryOptions<Added extends string = never, Known extends string = StandardCode> {
  /** Codes to add, declared like the kit's own. */
  codes?: Readonly<Record<Added, CodeEntry>>;
  /** The app's own words for any known code (not translated: prefer message keys in a catalogue). */
  messages?: { readonly [Code in NoInfer<Known | Added>]?: MessageOverride };
  /** The app's own words for whole categories, used by every code that has none of its own. */
  categories?: { readonly [Category in ErrorCategory]?: MessageOverride };
  /** Sentence matchers for APIs that send no code, tried before the ones the dialects carry. */
  matchers?: readonly SentenceMatcher[];
  /** Show a server's own 4xx sentence when it is plain prose (true), or always the registry's words (false, for translated apps). */
  serverMessages?: boolean;
}

/** The single source of truth for codes: category, retry rule, words and fallback of each. */
export interface Registry<Code extends string = string> {
  readonly codes: Readonly<Record<string, CodeEntry>>;
  readonly matchers: readonly SentenceMatcher[];
  readonly serverMessages: boolean;
  /** This registry's own spelling of `code` as a server sent it (any case; `-`, `.`, or camel case between words), or undefined when it does not know the code. */
  codeFor(code: string): string | undefined;
  /** Everything decided for `code` at `status`, whether the code is known or not. */
  resolve(code: string, status?: number): ResolvedEntry;
  /** True when `error` carries `code`; the code is type-checked against this registry and the app's `Register`. */
  hasCode(error: unknown, code: Code | RegisteredCode): boolean;
  /** A registry with more codes or other words; this one is left as it is. */
  extend<const Added extends string = never>(options: RegistryOptions<Added, Code>): Registry<Code | Added>;
}

// Resolved entries kept per registry: codes come from servers, so the count is bounded.
const MAX_RESOLVED = 500;

// For codes no registry knows: a phrase in the code says more than nothing. Phrases, never single
// words: TOO_MANY_ATTACHMENTS is not a rate limit, TOKEN_LIMIT_EXCEEDED is not a lost session.
const CODE_WORDS: ReadonlyArray<[RegExp, ErrorCategory]> = [
  [/QUOTA_(?:EXCEEDED|EXHAUSTED|REACHED)|OUT_OF_QUOTA|INSUFFICIENT_QUOTA/, 'quota'],
  [/RATE_?LIMIT|THROTTL|TOO_MANY_(?:REQUESTS|ATTEMPTS|CALLS)/, 'rate-limited'],
  [/UNAUTHENTICATED|UNAUTHORI[SZ]ED|(?:INVALID|EXPIRED|REVOKED|BAD)_(?:ACCESS_|AUTH_|API_|REFRESH_|ID_|SESSION_)?(?:TOKEN|CREDENTIALS?|KEY|SESSION)|(?:TOKEN|SESSION)_(?:EXPIRED|INVALID|REVOKED)|LOGIN_REQUIRED|NOT_LOGGED_IN/, 'unauthenticated'],
  [/FORBIDDEN|PERMISSION_(?:DENIED|ERROR)|ACCESS_DENIED|NOT_ALLOWED|(?:INSUFFICIENT|MISSING)_(?:PERMISSIONS?|SCOPES?|PRIVILEGES?)/, 'forbidden'],
  [/NOT_FOUND|DOES_NOT_EXIST|NO_SUCH_|UNKNOWN_(?:USER|ACCOUNT|ITEM|RESOURCE|ORDER|PRODUCT)/, 'not-found'],
  [/CONFLICT|DUPLICATE|ALREADY_(?:EXISTS|TAKEN|IN_USE|REGISTERED)|_(?:TAKEN|EXISTS)$/, 'conflict'],
  [/VALIDATION|INVALID_(?:INPUT|PARAM|ARGUMENT|VALUE|FORMAT|REQUEST|FIELD|EMAIL|DATA)|_REQUIRED$|MALFORMED/, 'validation'],
  [/TIMEOUT|TIMED_OUT/, 'timeout'],
  [/UNAVAILABLE|MAINTENANCE/, 'unavailable'],
];

/** The standard codes plus the application's codes, words and matchers. */
export function createRegistry<const Added extends string = never>(options: RegistryOptions<Added> = {}): Registry<StandardCode | Added> {
  return build<StandardCode | Added>(STANDARD_CODES, [], {}, {}, true, options);
}

function build<Code extends string>(
  baseCodes: Readonly<Record<string, CodeEntry>>,
  baseMatchers: readonly SentenceMatcher[],
  baseMessages: Readonly<Record<string, MessageOverride | undefined>>,
  baseCategories: Readonly<Record<string, MessageOverride | undefined>>,
  baseServerMessages: boolean,
  options: RegistryOptions<string, string>,
): Registry<Code> {
  const codes: Readonly<Record<string, CodeEntry>> = { ...baseCodes, ...options.codes };
  const messages: Record<string, MessageOverride | undefined> = { ...baseMessages, ...options.messages };
  const categories: Record<string, MessageOverride | undefined> = { ...baseCategories, ...options.categories };
  const matchers = [...(options.matchers ?? []), ...baseMatchers];
  const serverMessages = options.serverMessages ?? baseServerMessages;
  // A code as sent (`token_expired`, `rate-limited`, `InvalidAuthenticationToken`) or in the table's own form (`TOKEN_EXPIRED`).
  const keyOf = (code: string): string | undefined =>
    [code, code.toUpperCase().replace(/[-.\s]/g, '_'), code.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase().replace(/[-.\s]/g, '_').replace(/__+/g, '_')].find(
      (key) => get(codes, key) !== undefined,
    );
  const entryOf = (code: string): CodeEntry | undefined => {
    const key = keyOf(code);
    return key === undefined ? undefined : (get(codes, key) as CodeEntry);
  };
  const resolved = new Map<string, ResolvedEntry>();

  const registry: Registry<Code> = {
    codes,
    matchers,
    serverMessages,
    codeFor(code) {
      return code.length <= 100 ? keyOf(code) : undefined;
    },
    resolve(code, status) {
      // A registry never changes: each code and status is resolved once, and the frozen answer reused.
      const cacheKey = `${code}\u0000${String(status)}`;
      const cached = resolved.get(cacheKey);
      if (cached) return cached;
      const known = entryOf(code);
      // An unknown code borrows its status's entry; at a generic status (400, or none) the
      // word in its name says more (INVOICE_NOT_FOUND at 400 is about something missing).
      const statusCode = codeForStatus(status);
      const named = known ? undefined : CODE_WORDS.find(([pattern]) => pattern.test(code.toUpperCase()))?.[1];
      const entry: CodeEntry =
        known ??
        (statusCode !== 'BAD_REQUEST' && statusCode !== 'UNKNOWN_ERROR' ? entryOf(statusCode) : undefined) ??
        (named ? { category: named } : undefined) ??
        STANDARD_CODES[statusCode];
      const category = (status !== undefined ? entry.byStatus?.[status] : undefined) ?? entry.category;
      const own = known ? (get(messages, code) as MessageOverride | undefined) : undefined;
      const categoryWords = categories[category];
      const answer: ResolvedEntry = {
        code,
        category,
        retryable: entry.retryable ?? CATEGORIES[category].retryable,
        fallback: entry.fallback ?? category,
        titleKey: (known ? entry.titleKey : undefined) ?? `category.${category}.title`,
        messageKey: (known ? entry.messageKey : undefined) ?? `category.${category}.message`,
      };
      // The app's words first (its overrides, its own codes' words), then its words for the category.
      const title = own?.title ?? (known ? entry.title : undefined) ?? categoryWords?.title;
      const message = own?.message ?? (known ? entry.message : undefined) ?? categoryWords?.message;
      if (title !== undefined) answer.title = title;
      if (message !== undefined) answer.message = message;
      if (entry.maxRetries !== undefined) answer.maxRetries = entry.maxRetries;
      if (resolved.size >= MAX_RESOLVED) resolved.clear();
      resolved.set(cacheKey, Object.freeze(answer));
      return answer;
    },
    hasCode(error, code) {
      return get(error, 'code') === code;
    },
    extend(more) {
      return build(codes, matchers, messages, categories, serverMessages, more as RegistryOptions<string, string>);
    },
  };
  return registry;
}

import { textBody } from '../dialects/text';
import type { Message } from '../messages/Message';
import { createNormalizer, type Normalizer } from '../normalize/createNormalizer';
import type { Dialect } from '../normalize/WireError';
import type { CodeEntry, MessageOverride } from '../registry/CodeEntry';
import { createRegistry, type Registry } from '../registry/createRegistry';
import type { SentenceMatcher } from '../registry/sentenceMatchers';
import { validateBackoff } from '../retry/backoff';
import { RateLimitGate } from '../retry/rateLimitGate';
import { retryRules, type RetryPolicy, type RetryPolicyOptions } from '../retry/retryRules';
import type { SelfRetryOptions } from '../retry/selfRetry';
import type { FactList } from '../screen/standardFacts';
import type { Preset } from './Preset';

/** Words by locale tag (`en`, `de`), each a catalogue of message keys. */
export type WordsByLocale = Readonly<Record<string, Readonly<Record<string, Message>>>>;

/** What a kit is made of; every part is optional. */
export interface ErrorKitOptions<Fallback = unknown> {
  /** Product APIs the app talks to (`api-error-kit/presets`): their dialect, codes, fallbacks, words and link hosts. */
  presets?: readonly Preset<Fallback>[];
  /** The wire formats to read, most specific first, after the presets' (`standardDialects` for every standard one). Text, HTML and empty bodies are always read. */
  dialects?: readonly Dialect[];
  /** The app's own codes, declared like the kit's (`{ INVOICE_LOCKED: { category: 'conflict', fallback: 'invoice-locked' } }`). */
  codes?: Readonly<Record<string, CodeEntry>>;
  /** Sentence matchers for APIs that send no code. */
  matchers?: readonly SentenceMatcher[];
  /** The app's own words for codes, shown as they are (prefer message keys in `words`, which are translated). */
  messages?: Readonly<Record<string, MessageOverride>>;
  /** The app's words by locale, for its own codes' message keys. */
  words?: WordsByLocale;
  /** Show a server's own 4xx sentence when it is plain prose (default true), or always the kit's words. */
  serverMessages?: boolean;
  /** The language your API's own sentences are in (`'en'`), when its responses do not say (`Content-Language`): the fallbacks mark them with it, so a screen reader reads them in that language. */
  serverLanguage?: string;
  /** The retry policy's numbers: attempts, floor, backoff, the longest stated wait worth waiting for. */
  retry?: RetryPolicyOptions;
  /** The timing of the fallbacks' own retries: floor, backoff, attempts per failure episode. */
  selfRetry?: SelfRetryOptions;
  /** Hosts a link from a response may go to (exact names or `*.domain`), beyond the presets' own. */
  linkHosts?: readonly string[];
  /** Fallback components by fallback name, category or code (`{ unauthenticated: LoginPrompt }`): what the React layer renders. */
  fallbacks?: Readonly<Record<string, Fallback>>;
  /** Your own fallbacks' allow-lists (`{ invoice: token('invoice_number') }`): the details a plain copy of an error (`toPlainError`) keeps, beside the standard fallbacks' and the presets'. */
  facts?: readonly FactList[];
}

/** Marks a kit, so the parts that take one can tell a kit from a mistake. */
const KIT_BRAND: unique symbol = Symbol.for('api-error-kit.ErrorKit') as never;

/** One app's error handling: how failures are read, what codes mean, how retries go, where links may lead, which fallback shows what. */
export interface ErrorKit<Fallback = unknown> {
  readonly [KIT_BRAND]: true;
  /** Anything that came back from a failed call in, one ApiError out (carrying its resolved entry); never throws. */
  readonly normalize: Normalizer;
  readonly registry: Registry;
  /** react-query's `retry` and `retryDelay` for this kit (also for an idempotent mutation: `useMutation({ ...kit.retry })`). */
  readonly retry: RetryPolicy;
  /** The timing of the fallbacks' own retries. */
  readonly selfRetry: SelfRetryOptions;
  /** The rate limits this kit's requests have hit, per origin: one wait shared by every request and retry. */
  readonly rateLimits: RateLimitGate;
  /** Hosts a link from a response may go to. */
  readonly linkHosts: readonly string[];
  /** Fallback components by fallback name, category or code. */
  readonly fallbacks: Readonly<Record<string, Fallback>>;
  /** The presets' and the app's words, by locale tag. */
  readonly words: WordsByLocale;
  /** The presets it was made with, by name. */
  readonly presets: readonly string[];
  /** The allow-lists of details its own fallbacks read, beyond the standard fallbacks': the presets', the app's. */
  readonly facts: readonly FactList[];
  /** A kit with more: these options laid over the ones this kit was made with. */
  extend<More = Fallback>(options: ErrorKitOptions<More>): ErrorKit<Fallback | More>;
}

/** True for a kit `createErrorKit` made (from any copy of the package). */
export function isErrorKit(value: unknown): value is ErrorKit {
  return typeof value === 'object' && value !== null && (value as Partial<Record<typeof KIT_BRAND, unknown>>)[KIT_BRAND] === true;
}

let warned = false;
/** Tells the developer, once per page and never in production, of a kit that is surely not what they meant. */
function warnOnce(message: string): void {
  const mode = (globalThis as { process?: { env?: { NODE_ENV?: string } } }).process?.env?.NODE_ENV;
  if (warned || mode === 'production') return;
  warned = true;
  console.warn(`api-error-kit: ${message}`);
}

/** Words of several sources laid together, locale by locale, later ones over earlier ones. */
function mergeWords(sources: ReadonlyArray<WordsByLocale | undefined>): WordsByLocale {
  const merged: Record<string, Record<string, Message>> = {};
  for (const source of sources) for (const [tag, words] of Object.entries(source ?? {})) merged[tag] = { ...merged[tag], ...words };
  return merged;
}

/**
 * An app's error kit: the normalizer, the registry, the retry policy and the link rules, made
 * once from presets, dialects and codes, and handed to every part that needs them (the
 * provider, the boundary, the route fallback, the query client, the fetch client, the forms).
 * It reads exactly the dialects named (the presets' first), and text, HTML and empty bodies.
 */
export function createErrorKit<Fallback = unknown>(options: ErrorKitOptions<Fallback> = {}): ErrorKit<Fallback> {
  const presets = options.presets ?? [];
  validateBackoff(options.retry ?? {});
  validateBackoff(options.selfRetry ?? {});
  const registry: Registry = createRegistry<string>({
    codes: Object.assign({}, ...presets.map((preset) => preset.codes), options.codes) as Record<string, CodeEntry>,
    matchers: [...(options.matchers ?? []), ...presets.flatMap((preset) => preset.matchers ?? [])],
    ...(options.messages && { messages: options.messages }),
    ...(options.serverMessages !== undefined && { serverMessages: options.serverMessages }),
  });
  // A dialect is read once, where the app put it: a standard one a preset also brings (a
  // preset whose API sends `{detail}`) keeps its place in the app's list, so detection order is the app's.
  if (presets.length === 0 && options.dialects === undefined) warnOnce('createErrorKit was given no dialects and no presets, so this kit reads only text, HTML and empty bodies. Pass `dialects: standardDialects` (from api-error-kit/dialects), or extend the default kit: `defaultKit().extend({ ... })`.');
  const own = [...new Set([...(options.dialects ?? []), textBody])];
  const dialects = [...new Set(presets.flatMap((preset) => preset.dialects ?? []))].filter((dialect) => !own.includes(dialect)).concat(own);
  const normalize = createNormalizer({ dialects, registry, serverLanguage: options.serverLanguage });
  const rateLimits = new RateLimitGate(options.retry);
  const kit: ErrorKit<Fallback> = {
    [KIT_BRAND]: true,
    normalize,
    registry,
    retry: retryRules({ normalize, registry, rateLimits }, options.retry),
    selfRetry: options.selfRetry ?? {},
    rateLimits,
    linkHosts: [...new Set([...presets.flatMap((preset) => preset.linkHosts ?? []), ...(options.linkHosts ?? [])])],
    fallbacks: Object.assign({}, ...presets.map((preset) => preset.fallbacks), options.fallbacks) as Record<string, Fallback>,
    words: mergeWords([...presets.map((preset) => preset.words), options.words]),
    presets: presets.map((preset) => preset.name),
    facts: [...presets.flatMap((preset) => preset.facts ?? []), ...(options.facts ?? [])],
    extend: <More>(more: ErrorKitOptions<More>) =>
      createErrorKit<Fallback | More>({
        ...options,
        ...more,
        presets: [...presets, ...(more.presets ?? [])],
        dialects: [...(options.dialects ?? []), ...(more.dialects ?? [])],
        codes: { ...options.codes, ...more.codes },
        matchers: [...(more.matchers ?? []), ...(options.matchers ?? [])],
        messages: { ...options.messages, ...more.messages },
        words: mergeWords([options.words, more.words]),
        linkHosts: [...(options.linkHosts ?? []), ...(more.linkHosts ?? [])],
        fallbacks: { ...options.fallbacks, ...more.fallbacks },
        facts: [...(options.facts ?? []), ...(more.facts ?? [])],
      }),
  };
  return kit;
}

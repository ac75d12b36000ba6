import { ApiError } from '../ApiError';
import { CATEGORIES } from '../categories';
import { controlFlowOf } from '../controlFlow';
import { FORM_FIELD, REPLACED_FIELD_MESSAGE, type FieldError } from '../FieldError';
import { isApiError } from '../isApiError';
import { reportCallbackError } from '../internal/callSafely';
import { cut } from '../internal/cut';
import { isRecord, text, toStatus } from '../internal/read';
import { createRegistry, type Registry } from '../registry/createRegistry';
import { matchSentence, type SentenceMatcher } from '../registry/sentenceMatchers';
import { codeForStatus } from '../registry/standardCodes';
import { QUOTA_SENTENCE, STANDARD_SENTENCES } from '../registry/standardSentences';
import { carriesDebugOutput } from '../screen/debugFields';
import { plainSentence, plainWords } from '../screen/isPlainSentence';
import { speaksToUser } from '../screen/speaksToUser';
import { bodyRetryAfterMs } from './bodyHints';
import { dialectReader } from './dialectReader';
import { MAX_FIELD_ERRORS } from './fieldErrors';
import { toFieldPath } from './fieldPath';
import { headerCorrelationId, headerRetryAfterMs, headerSaysExhausted, languageTag } from './headerHints';
import { readHeaders } from './headers';
import { nestsDeeperThan } from './jsonNesting';
import { redactDetails } from './redact';
import { sentenceWaitMs } from './sentenceWait';
import { readBaseQueryError } from './baseQueryError';
import { readPlainError } from '../plain/readPlainError';
import { readRouteErrorResponse } from './routeErrorResponse';
import { classifyThrown } from './thrownError';
import type { Dialect, WireError } from './WireError';

/** What is known about a failure besides its body. */
export interface NormalizeContext {
  /** The HTTP status of the response. */
  status?: number | undefined;
  headers?: HeadersInit | undefined;
  /** The time to measure HTTP-date and epoch waits from (ms); `Date.now()` when absent. */
  now?: number | undefined;
}

/** A normalizer: anything that came back from a failed call in, one ApiError out; never throws. */
export type Normalizer = (input: unknown, context?: NormalizeContext) => ApiError;

/** What a normalizer reads with: the wire formats it knows, and the registry that gives codes their meaning. */
export interface NormalizerOptions {
  /** The dialects to try, most specific first (`import { problemJson, textBody } from 'api-error-kit/dialects'`). */
  dialects: readonly Dialect[];
  /** The registry that decides each code's category, retry rule, words and fallback (the standard codes when absent). */
  registry?: Registry | undefined;
  /** The language the API's own sentences are in, when a response does not say (Content-Language). */
  serverLanguage?: string | undefined;
}

// Error bodies beyond this are not worth parsing; they are read as opaque text.
const MAX_JSON_CHARS = 1_000_000;
// Small bodies parse fast however they nest; larger ones are checked for depth first.
const SCAN_NESTING_FROM_CHARS = 16_384;
const MAX_JSON_NESTING = 64;
// A field whose echoed value is never kept: erring wide here loses only an echo, never what a user typed.
const SECRET_ECHO = /pass|secret|token|card|cvc|cvv|pin|otp|key|ssn|code/i;
// A form field's path: names, indexes and dots (`items.0.name`, `address[city]`), bounded.
const FIELD_PATH = /^[\p{L}\p{N}_$.\-[\]]{1,128}$/u;
const MAX_CODE_CHARS = 100;
const THROWN_CODES = { cancelled: 'CANCELLED', timeout: 'TIMEOUT', network: 'NETWORK_ERROR', script: 'UNKNOWN_ERROR' } as const;


/** An Error, a DOMException (not an Error in every environment) or an Error from another realm. */
function isErrorLike(value: unknown): value is Error {
  return value instanceof Error || (isRecord(value) && /(?:Error|Exception)\]$/.test(Object.prototype.toString.call(value)));
}

function parseBody(body: unknown): unknown {
  // An object, an array, or a JSON string (`res.json('Too many requests')` sends it quoted).
  if (typeof body !== 'string' || body.length > MAX_JSON_CHARS || !/^\s*[[{"]/.test(body.slice(0, 64))) return body;
  if (body.length > SCAN_NESTING_FROM_CHARS && nestsDeeperThan(body, MAX_JSON_NESTING)) return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** True when the context says nothing a cached reading could have missed. */
function contextFree(context: NormalizeContext): boolean {
  return context.status === undefined && context.headers === undefined && context.now === undefined;
}

/** The sentence matchers `dialects` carry, each list once, in the dialects' order. */
function matchersOf(dialects: readonly Dialect[]): readonly SentenceMatcher[] {
  return [...new Set(dialects.map((dialect) => dialect.matchers ?? []))].flat();
}

/**
 * A normalizer that reads the given dialects with the given registry: an app that speaks one
 * API pays for that one. (`createErrorKit` makes one for you; this is the part on its own.)
 */
export function createNormalizer({ dialects, registry = createRegistry(), serverLanguage }: NormalizerOptions): Normalizer {
  // One failure is read by many parts (the retry policy twice per attempt, the query client, the
  // boundary, the fallback): an object is normalized once and the answer reused.
  const normalized = new WeakMap<object, ApiError>();
  const reading: Reading = { read: dialectReader(dialects), matchers: [...registry.matchers, ...matchersOf(dialects)], registry, serverLanguage: languageTag(serverLanguage) };
  return (input, context = {}) => {
    if (isApiError(input)) return input;
    const cacheable = typeof input === 'object' && input !== null && contextFree(context);
    const cached = cacheable ? normalized.get(input) : undefined;
    if (cached) return cached;
    let error: ApiError;
    try {
      error = normalize(input, context, reading);
    } catch (thrown) {
      // Input hostile enough to defeat every guard (a revoked proxy), or an app's dialect that
      // throws, still gets an answer; the throw is reported, once, for the developer.
      reportCallbackError('dialect', thrown);
      const entry = registry.resolve('UNKNOWN_ERROR');
      error = new ApiError({ code: entry.code, category: entry.category, message: CATEGORIES.unknown.sentence, retryable: false, dialect: 'unknown', entry, cause: input });
    }
    if (cacheable) normalized.set(input, error);
    return error;
  };
}

/** What a normalizer reads with. */
interface Reading {
  read: ReturnType<typeof dialectReader>;
  matchers: readonly SentenceMatcher[];
  registry: Registry;
  serverLanguage: string | undefined;
}

function normalize(input: unknown, context: NormalizeContext, { read, matchers, registry, serverLanguage }: Reading): ApiError {
  // A framework's control flow is not a failure: it is marked, cancels nothing retried, and its
  // digest (NEXT_REDIRECT;replace;/login;307;) is never a support reference.
  const controlFlow = controlFlowOf(input);
  if (controlFlow) {
    const entry = registry.resolve('CANCELLED');
    return new ApiError({ code: entry.code, category: entry.category, message: CATEGORIES.cancelled.sentence, retryable: false, dialect: 'control-flow', entry, controlFlow, cause: input });
  }
  let status = toStatus(context.status);
  let headers: unknown = context.headers;
  let body: unknown = input;
  let wire: WireError | undefined;

  // A plain copy of an ApiError, handed over from a server: read as a dialect reads a body.
  wire = readPlainError(input);
  const routed = wire ? undefined : readRouteErrorResponse(input);
  const handedBack = routed || wire ? undefined : readBaseQueryError(input);
  if (wire) {
    body = input;
  } else if (typeof Response !== 'undefined' && input instanceof Response) {
    status ??= input.status;
    headers ??= input.headers;
    body = undefined;
  } else if (routed) {
    status ??= routed.status;
    headers ??= routed.headers;
    body = routed.body;
  } else if (handedBack || isErrorLike(input)) {
    const thrown = handedBack ?? classifyThrown(input as Error);
    if (thrown.kind === 'http') {
      status ??= thrown.status;
      headers ??= thrown.headers;
      body = thrown.body;
    } else {
      wire = { dialect: thrown.kind === 'script' ? 'javascript' : 'fetch', code: THROWN_CODES[thrown.kind] };
    }
  }

  const header = readHeaders(headers);
  const contentType = header('content-type')?.toLowerCase() ?? '';
  body = parseBody(body);
  wire ??= body === undefined || body === null ? { dialect: 'empty' } : (read(body, contentType) ?? { dialect: 'unknown' });

  const finalStatus = (status !== undefined && status >= 400 ? status : undefined) ?? wire.status ?? status;
  let fieldErrors: FieldError[] = wire.fieldErrors ?? [];
  let code = wire.specificCodes?.map((specific) => registry.codeFor(specific)).find(Boolean) ?? boundedCode(wire.code) ?? boundedCode(header('x-error-code'));
  let stated: Record<string, unknown> | undefined;
  if (!code && wire.message) {
    const found = matchSentence(matchers, finalStatus, wire.message);
    if (found) {
      code = found.matcher.code;
      stated = found.matcher.details?.(found.match);
      const field = found.matcher.field;
      const name = typeof field === 'number' ? found.match[field] : field;
      if (name && fieldErrors.length === 0) fieldErrors = [{ field: toFieldPath(name), message: wire.message }];
    }
  }
  // What the status and code leave unsaid, the response may say another way: its headers (a
  // 403 with the allowance used up is a rate limit) or a common phrase (see standardSentences).
  if ((!code || registry.codeFor(code) === undefined) && !fieldErrors.some((error) => error.field !== FORM_FIELD)) {
    if ((finalStatus === 403 || finalStatus === 400) && (headerSaysExhausted(header) || (finalStatus === 403 && header('retry-after') !== undefined))) {
      code = 'RATE_LIMITED';
    } else {
      const said = [wire.message, ...fieldErrors.map((error) => error.message)];
      const found = said.map((sentence) => (sentence === undefined ? undefined : matchSentence(STANDARD_SENTENCES, finalStatus, sentence))).find(Boolean);
      if (found) {
        code = found.matcher.code;
        const field = typeof found.matcher.field === 'number' ? found.match[found.matcher.field] : found.matcher.field;
        // The sentence is that field's message, without the status line some servers open with.
        if (field) fieldErrors = [{ field: toFieldPath(field), message: found.match.input.replace(/^\d{3} \([^)]{1,40}\) /, '') }];
      }
    }
  }
  code ??= fieldErrors.length > 0 ? 'VALIDATION_ERROR' : codeForStatus(finalStatus);
  // One spelling per code: `invalid_auth`, `invalid-auth` and `InvalidAuth` are the registry's INVALID_AUTH.
  code = registry.codeFor(code) ?? code;

  const now = context.now ?? Date.now();
  const statedWait = headerRetryAfterMs(header, finalStatus, now) ?? wire.retryAfterMs ?? bodyRetryAfterMs(stated);
  let entry = registry.resolve(code, finalStatus);
  // A "rate limit" that states no wait but says the quota is spent is ended by money, not time (Gemini, OpenAI).
  if (entry.category === 'rate-limited' && statedWait === undefined && wire.message !== undefined && QUOTA_SENTENCE.test(wire.message.slice(0, 500))) {
    code = 'QUOTA_EXCEEDED';
    entry = registry.resolve(code, finalStatus);
  }
  const traits = CATEGORIES[entry.category];
  // A server-side failure's sentence is never shown, so it is never judged; nor is one from a
  // body that also carries a stack or an exception (debug output itself).
  const shown =
    registry.serverMessages && !traits.serverSide && !(finalStatus !== undefined && finalStatus >= 500) && wire.message !== undefined && !carriesDebugOutput(body)
      ? plainSentence(wire.message)
      : undefined;
  const told = shown !== undefined && speaksToUser(shown) ? shown : undefined;

  return new ApiError({
    code,
    status: finalStatus,
    category: entry.category,
    message: told ?? entry.message ?? traits.sentence,
    serverMessage: told,
    // Said only where the server's own words are shown: its sentence, or its field messages.
    serverLanguage: told !== undefined || fieldErrors.length > 0 ? (languageTag(header('content-language')) ?? serverLanguage) : undefined,
    fieldErrors: fieldErrors.slice(0, MAX_FIELD_ERRORS).map(cleanFieldError),
    retryable: entry.retryable,
    retryAfterMs: usableWait(statedWait ?? (entry.category === 'rate-limited' ? sentenceWaitMs(wire.message) : undefined)),
    correlationId: headerCorrelationId(header) ?? boundedId(wire.correlationId) ?? boundedId(digestOf(input)),
    details: { ...redactDetails(wire.details), ...redactDetails(stated) },
    dialect: wire.dialect,
    entry,
    cause: input,
  });
}

/** A code as a server sent it, or undefined when it is empty or too long to be a code. */
function boundedCode(code: string | undefined): string | undefined {
  const trimmed = code?.trim();
  return trimmed && trimmed.length <= MAX_CODE_CHARS ? trimmed : undefined;
}

/** A support reference, cut to its bound. */
function boundedId(id: string | undefined): string | undefined {
  return id === undefined ? undefined : cut(id, 200);
}

/** Next.js's `digest`: in production the only trace of a server error that reaches the client, and what its logs are keyed by. */
function digestOf(input: unknown): string | undefined {
  return isErrorLike(input) ? text(input, 'digest') : undefined;
}

/** A wait that timers can hold: finite and not negative, whichever place stated it. */
function usableWait(ms: number | undefined): number | undefined {
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * A field error fit to render and to report: a message that is not plain prose replaced (the
 * same positive test as a sentence, one word allowed), the path bounded, a secret's echoed value
 * dropped. Markup stays as text; React renders it so.
 */
function cleanFieldError(error: FieldError): FieldError {
  const { value, ...rest } = error;
  const message = plainSentence(error.message, 1) ?? REPLACED_FIELD_MESSAGE;
  // A field is named by a path; anything else a server put there is not shown as a label.
  const field = FIELD_PATH.test(error.field) && (error.field === FORM_FIELD || plainWords(error.field.replace(/[.[\]]+/g, ' '))) ? error.field : FORM_FIELD;
  const cleaned: FieldError = { ...rest, field, message };
  if (value !== undefined && !SECRET_ECHO.test(cleaned.field)) cleaned.value = typeof value === 'string' ? cut(value, 200) : value;
  return cleaned;
}

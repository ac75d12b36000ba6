import { coreWords } from '../../locales/en/coreWords';
import { ApiError } from '../ApiError';
import type { DialectName } from '../dialects/dialects';
import type { ErrorCategory } from '../ErrorCategory';
import { FORM_FIELD, type FieldError } from '../FieldError';
import { isApiError } from '../isApiError';
import { isSecretField } from '../isSecretField';
import { cut } from '../internal/cut';
import { isRecord, text, toStatus } from '../internal/read';
import { defaultRegistry, type Registry } from '../registry/createRegistry';
import { codeForStatus } from '../registry/defaultCodes';
import { matchSentence, type SentenceMatcher } from '../registry/sentenceMatchers';
import { bodyRetryAfterMs } from './bodyHints';
import { MAX_FIELD_ERRORS } from './fieldErrors';
import { nestsDeeperThan } from './jsonNesting';
import { toFieldPath } from './fieldPath';
import { headerCorrelationId, headerRetryAfterMs } from './headerHints';
import { readHeaders } from './headers';
import { readRouteErrorResponse } from './routeErrorResponse';
import { redactDetails } from './redact';
import { carriesDebugOutput } from '../screen/debugFields';
import { findLeak } from '../screen/findLeak';
import { isShowableSentence, screenText } from '../screen/isShowableSentence';
import { classifyThrown } from './thrownError';
import { dialectReader } from './dialectReader';
import type { Dialect, WireError } from './WireError';

/** What is known about a failure besides its body. */
export interface NormalizeContext {
  /** The HTTP status of the response. */
  status?: number | undefined;
  headers?: HeadersInit | undefined;
  /** The time to measure HTTP-date and epoch waits from (ms); `Date.now()` when absent. */
  now?: number | undefined;
  /** The registry that gives codes their meaning; the default one when absent. */
  registry?: Registry<string> | undefined;
  /** The wire format this API speaks, tried before detection (for an API client that knows; `normalizeError` only). */
  dialect?: DialectName | undefined;
}

// Error bodies beyond this are not worth parsing; they are read as opaque text.
const MAX_JSON_CHARS = 1_000_000;
// Small bodies parse fast however they nest; larger ones are checked for depth first.
const SCAN_NESTING_FROM_CHARS = 16_384;
const MAX_JSON_NESTING = 64;
// Bounds on what one error carries, whatever the body holds: enough for any real form.
const MAX_FIELD_MESSAGE_CHARS = 500;
// A form field's path: names, indexes and dots (`items.0.name`, `address[city]`), bounded.
const FIELD_PATH = /^[\p{L}\p{N}_$.\-[\]]{1,128}$/u;
const MAX_CODE_CHARS = 100;
// Categories whose raw server sentences give way to the registry's words.
const SERVER_SIDE: ReadonlySet<ErrorCategory> = new Set(['server', 'upstream', 'unavailable', 'timeout', 'network']);
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

/** A normalizer: anything that came back from a failed call in, one ApiError out; never throws. */
export type Normalizer = (input: unknown, context?: NormalizeContext) => ApiError;

/** What a normalizer reads: the wire formats it knows, in the order it tries them. */
export interface NormalizerOptions {
  /** The dialects to try, most specific first (`import { medianest, textBody } from 'api-error-kit/dialects'`). */
  dialects: readonly Dialect[];
}

/** True when the context says nothing a cached reading could have missed (only the registry may differ). */
function onlyRegistry(context: NormalizeContext): boolean {
  return context.status === undefined && context.headers === undefined && context.now === undefined && context.dialect === undefined;
}

/**
 * A normalizer that reads the given dialects only: an app that speaks one API pays for that
 * one. The registry, the screen and the retry hints are the same as `normalizeError`'s.
 */
export function createNormalizer({ dialects }: NormalizerOptions): Normalizer {
  // One failure is read by many parts (the retry policy twice per attempt, the query client, the
  // boundary, the fallback): an object is normalized once per registry and the answer reused.
  const normalized = new WeakMap<object, WeakMap<Registry<string>, ApiError>>();
  const reading: Reading = { read: dialectReader(dialects), matchers: matchersOf(dialects) };
  return (input, context = {}) => {
    if (isApiError(input)) return input;
    const registry = context.registry ?? defaultRegistry;
    const cacheable = typeof input === 'object' && input !== null && onlyRegistry(context);
    const cached = cacheable ? normalized.get(input)?.get(registry) : undefined;
    if (cached) return cached;
    let error: ApiError;
    try {
      error = normalize(input, context, reading);
    } catch {
      // Input hostile enough to defeat every guard (a revoked proxy, say) still gets an answer.
      const entry = defaultRegistry.resolve('UNKNOWN_ERROR');
      error = new ApiError({ code: entry.code, category: entry.category, message: entry.message, retryable: false, dialect: 'unknown', cause: input });
    }
    if (cacheable) {
      const byRegistry = normalized.get(input) ?? new WeakMap<Registry<string>, ApiError>();
      byRegistry.set(registry, error);
      normalized.set(input, byRegistry);
    }
    return error;
  };
}

/** What a normalizer reads with: its dialects, and the sentence matchers they carry. */
interface Reading {
  read: ReturnType<typeof dialectReader>;
  matchers: readonly SentenceMatcher[];
}

/** The sentence matchers `dialects` carry, each list once, in the dialects' order. */
function matchersOf(dialects: readonly Dialect[]): readonly SentenceMatcher[] {
  const lists = new Set(dialects.map((dialect) => dialect.matchers ?? []));
  return [...lists].flat();
}

function normalize(input: unknown, context: NormalizeContext, { read, matchers }: Reading): ApiError {
  const registry = context.registry ?? defaultRegistry;
  let status = toStatus(context.status);
  let headers: unknown = context.headers;
  let body: unknown = input;
  let wire: WireError | undefined;

  const routed = readRouteErrorResponse(input);
  if (typeof Response !== 'undefined' && input instanceof Response) {
    status ??= input.status;
    headers ??= input.headers;
    body = undefined;
  } else if (routed) {
    status ??= routed.status;
    headers ??= routed.headers;
    body = routed.body;
  } else if (isErrorLike(input)) {
    const thrown = classifyThrown(input);
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
  let code = boundedCode(wire.code) ?? boundedCode(header('x-error-code'));
  let stated: Record<string, unknown> | undefined;
  if (!code && wire.message) {
    const found = matchSentence(registry.matchers, finalStatus, wire.message) ?? matchSentence(matchers, finalStatus, wire.message);
    if (found) {
      code = found.matcher.code;
      stated = found.matcher.details?.(found.match);
      const field = found.matcher.field;
      const name = typeof field === 'number' ? found.match[field] : field;
      if (name && fieldErrors.length === 0) fieldErrors = [{ field: toFieldPath(name), message: wire.message }];
    }
  }
  code ??= fieldErrors.length > 0 ? 'VALIDATION_ERROR' : codeForStatus(finalStatus);

  const entry = registry.resolve(code, finalStatus);
  // A sentence from a body that also carries a stack or an exception is debug output itself.
  // The cheap questions come first: a server-side failure's sentence is never screened at all.
  const showServer =
    registry.serverMessages &&
    !SERVER_SIDE.has(entry.category) &&
    !(finalStatus !== undefined && finalStatus >= 500) &&
    isShowableSentence(wire.message) &&
    !carriesDebugOutput(body);
  const now = context.now ?? Date.now();

  return new ApiError({
    code,
    status: finalStatus,
    category: entry.category,
    message: showServer && wire.message ? wire.message : entry.message,
    serverMessage: showServer && wire.message ? wire.message : undefined,
    fieldErrors: fieldErrors.slice(0, MAX_FIELD_ERRORS).map(cleanFieldError),
    retryable: entry.retryable,
    retryAfterMs: usableWait(headerRetryAfterMs(header, finalStatus, now) ?? wire.retryAfterMs ?? bodyRetryAfterMs(stated)),
    correlationId: headerCorrelationId(header) ?? boundedId(wire.correlationId) ?? boundedId(digestOf(input)),
    details: { ...redactDetails(wire.details), ...redactDetails(stated) },
    dialect: wire.dialect,
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

// The catalogue's English, which a fallback shows in the active locale.
const DEBUG_FIELD_MESSAGE = coreWords['field.invalid'];

/**
 * A field error fit to render and to report: a message too long to show whole, or carrying a
 * secret or debug output, replaced; the path bounded; a secret's echoed value dropped. The length
 * is checked before any pattern runs. Markup stays as text; React renders it so.
 */
function cleanFieldError(error: FieldError): FieldError {
  const { value, ...rest } = error;
  const message = screenText(error.message, MAX_FIELD_MESSAGE_CHARS) ?? DEBUG_FIELD_MESSAGE;
  // A field is named by a path; anything else a server put there is not shown as a label.
  const field = FIELD_PATH.test(error.field) && findLeak(error.field) === undefined ? error.field : FORM_FIELD;
  const cleaned: FieldError = { ...rest, field, message };
  if (value !== undefined && !isSecretField(cleaned.field)) cleaned.value = typeof value === 'string' ? cut(value, 200) : value;
  return cleaned;
}

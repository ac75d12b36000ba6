import { ApiError } from '../ApiError';
import { readWireError, type DialectName } from '../dialects/dialects';
import type { ErrorCategory } from '../ErrorCategory';
import type { FieldError } from '../FieldError';
import { isApiError } from '../isApiError';
import { isRecord, toStatus } from '../internal/read';
import { defaultRegistry, type Registry } from '../registry/createRegistry';
import { codeForStatus } from '../registry/defaultCodes';
import { matchSentence } from '../registry/sentenceMatchers';
import { bodyRetryAfterMs } from './bodyHints';
import { toFieldPath } from './fieldPath';
import { headerCorrelationId, headerRetryAfterMs } from './headerHints';
import { readHeaders } from './headers';
import { redactDetails } from './redact';
import { isDebugText } from './debugText';
import { isShowableSentence } from './safeMessage';
import { classifyThrown } from './thrownError';
import type { WireError } from './WireError';

/** What is known about a failure besides its body. */
export interface NormalizeContext {
  /** The HTTP status of the response. */
  status?: number | undefined;
  headers?: HeadersInit | undefined;
  /** The time to measure HTTP-date and epoch waits from (ms); `Date.now()` when absent. */
  now?: number | undefined;
  /** The registry that gives codes their meaning; the default one when absent. */
  registry?: Registry<string> | undefined;
  /** The wire format this API speaks, tried before detection (for an API client that knows). */
  dialect?: DialectName | undefined;
}

// Error bodies beyond this are not worth parsing; they are read as opaque text.
const MAX_JSON_CHARS = 1_000_000;
// Categories whose raw server sentences give way to the registry's words.
const SERVER_SIDE: ReadonlySet<ErrorCategory> = new Set(['server', 'upstream', 'unavailable', 'timeout', 'network']);
const THROWN_CODES = { cancelled: 'CANCELLED', timeout: 'TIMEOUT', network: 'NETWORK_ERROR', script: 'UNKNOWN_ERROR' } as const;

/** An Error, a DOMException (not an Error in every environment) or an Error from another realm. */
function isErrorLike(value: unknown): value is Error {
  return value instanceof Error || (isRecord(value) && /(?:Error|Exception)\]$/.test(Object.prototype.toString.call(value)));
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string' || body.length > MAX_JSON_CHARS || !/^\s*[[{]/.test(body.slice(0, 64))) return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/**
 * Turns anything that came back from a failed call (a parsed body, a JSON/HTML/text string, a
 * thrown fetch or abort error, an HTTP client's error, null) into one ApiError. Never throws.
 */
export function normalizeError(input: unknown, context: NormalizeContext = {}): ApiError {
  if (isApiError(input)) return input;
  try {
    return normalize(input, context);
  } catch {
    // Input hostile enough to defeat every guard (a revoked proxy, say) still gets an answer.
    const entry = defaultRegistry.resolve('UNKNOWN_ERROR');
    return new ApiError({ code: entry.code, category: entry.category, message: entry.message, retryable: false, dialect: 'unknown', cause: input });
  }
}

function normalize(input: unknown, context: NormalizeContext): ApiError {
  const registry = context.registry ?? defaultRegistry;
  let status = toStatus(context.status);
  let headers: unknown = context.headers;
  let body: unknown = input;
  let wire: WireError | undefined;

  if (typeof Response !== 'undefined' && input instanceof Response) {
    status ??= input.status;
    headers ??= input.headers;
    body = undefined;
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
  wire ??= body === undefined || body === null ? { dialect: 'empty' } : (readWireError(body, contentType, context.dialect) ?? { dialect: 'unknown' });

  const finalStatus = (status !== undefined && status >= 400 ? status : undefined) ?? wire.status ?? status;
  let fieldErrors: FieldError[] = wire.fieldErrors ?? [];
  let code = wire.code ?? header('x-error-code');
  let stated: Record<string, unknown> | undefined;
  if (!code && wire.message) {
    const found = matchSentence(registry.matchers, finalStatus, wire.message);
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
  const showServer =
    registry.serverMessages && isShowableSentence(wire.message) && !SERVER_SIDE.has(entry.category) && !(finalStatus !== undefined && finalStatus >= 500);
  const now = context.now ?? Date.now();

  return new ApiError({
    code,
    status: finalStatus,
    category: entry.category,
    message: showServer && wire.message ? wire.message : entry.message,
    fieldErrors: fieldErrors.map(cleanFieldError),
    retryable: entry.retryable,
    retryAfterMs: usableWait(headerRetryAfterMs(header, finalStatus, now) ?? wire.retryAfterMs ?? bodyRetryAfterMs(stated)),
    correlationId: headerCorrelationId(header) ?? wire.correlationId,
    details: { ...redactDetails(wire.details), ...redactDetails(stated) },
    dialect: wire.dialect,
    cause: input,
  });
}

/** A wait that timers can hold: finite and not negative, whichever place stated it. */
function usableWait(ms: number | undefined): number | undefined {
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

// Field names whose rejected values are secrets, and never kept.
const SECRET_FIELD = /pass(word)?|secret|token|card|cvc|cvv|ssn|api.?key/i;
const DEBUG_FIELD_MESSAGE = 'This value is not valid.';

/**
 * A field error fit to render and to report: a debug message (SQL, a stack, a path) replaced,
 * the length bounded, a secret's echoed value dropped. Markup stays as text; React renders it so.
 */
function cleanFieldError(error: FieldError): FieldError {
  const { value, ...rest } = error;
  const cleaned: FieldError = { ...rest, message: isDebugText(error.message) ? DEBUG_FIELD_MESSAGE : error.message.slice(0, 500) };
  if (value !== undefined && !SECRET_FIELD.test(error.field)) cleaned.value = typeof value === 'string' ? value.slice(0, 200) : value;
  return cleaned;
}

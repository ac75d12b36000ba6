import type { ApiError } from '../ApiError';
import { get } from '../internal/read';
import { isErrorKit, type ErrorKit } from '../kit/createErrorKit';
import { defaultKit } from '../kit/defaultKit';
import { supportReference } from '../screen/supportReference';
import { STANDARD_FACTS, type FactList } from '../screen/standardFacts';
import { PLAIN_MARK, type PlainApiError, type PlainFact, type PlainFieldError } from './PlainApiError';

// A rule's code (`min_length`, `typeMismatch`) is kept beside a field's message; anything else is not.
const RULE_CODE = /^[A-Za-z][\w.-]{0,63}$/;

/** True when `value` is plain data a fact may be: a string, a finite number, a boolean, a list of strings. */
function isPlainFact(value: unknown): value is PlainFact {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** True when two facts are the same data. */
function sameFact(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * The allow-listed details of `details`: for every fact some fallback may show, the value under
 * the key its reader reads, in a form that reader reads back as the same fact (the checked value
 * when it is, else the checked original: an instant's ISO text, a window's words). Nothing an
 * allow-list does not name is kept.
 */
function allowListedDetails(details: Record<string, unknown>, lists: readonly FactList[]): Record<string, PlainFact> {
  const kept: Record<string, PlainFact> = {};
  for (const list of lists) {
    for (const read of Object.values(list)) {
      const fact = read(details);
      if (fact === undefined) continue;
      for (const key of read.keys) {
        const original = get(details, key);
        if (original === undefined || original === null) continue;
        const candidate = [fact, original].find((value) => isPlainFact(value) && sameFact(read({ [key]: value }), fact));
        if (candidate !== undefined && isPlainFact(candidate)) Object.defineProperty(kept, key, { value: candidate, enumerable: true, writable: true, configurable: true });
        break;
      }
    }
  }
  return kept;
}

/**
 * `error` (anything: an ApiError, what a fetch threw, a body) as plain data a server can hand a
 * browser: a server component's props, a server action's result. It keeps what a fallback
 * shows and nothing else: the code, category, status, screened message and field messages, the
 * wait, a support reference that looks like one, and the details the kit's fallbacks' allow-lists
 * name. Read it back with `fromPlainError`, or give it to `ApiErrorFallback` / `ValidationSummary`.
 * A framework's control flow (Next.js `redirect()`, `notFound()`) is thrown again, for the framework.
 */
export function toPlainError(error: unknown, kit: ErrorKit = defaultKit()): PlainApiError {
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: toPlainError: kit must be what createErrorKit returns.');
  const read: ApiError = kit.normalize(error);
  // A redirect() or notFound() is the framework's to act on, never an error to hand on.
  if (read.controlFlow) throw error;
  const fieldErrors = read.fieldErrors.map((fieldError): PlainFieldError => {
    const type = fieldError.type !== undefined && RULE_CODE.test(fieldError.type) ? fieldError.type : undefined;
    return { field: fieldError.field, message: fieldError.message, ...(type !== undefined && { type }) };
  });
  const reference = supportReference(read);
  return {
    $apiError: PLAIN_MARK,
    code: read.code,
    category: read.category,
    message: read.message,
    retryable: read.retryable,
    ...(read.status !== undefined && { status: read.status }),
    fieldErrors,
    ...(read.retryAfterMs !== undefined && { retryAfterMs: read.retryAfterMs }),
    ...(reference !== undefined && { correlationId: reference }),
    ...(read.serverMessage !== undefined && { serverMessage: read.serverMessage }),
    details: allowListedDetails(read.details, [...STANDARD_FACTS, ...kit.facts]),
  };
}

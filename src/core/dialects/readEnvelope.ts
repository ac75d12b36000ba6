// An API's own error envelope, described by where its members are rather than by code: what a
// module generated from an OpenAPI document gives `defineDialect` (`api-error-kit openapi`).
import { get, isRecord, pick, text, toStatus } from '../internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import type { FieldError } from '../FieldError';
import { fieldErrorsFromList, fieldErrorsFromMap } from '../normalize/fieldErrors';
import { toFieldPath } from '../normalize/fieldPath';
import type { WireError } from '../normalize/WireError';

/** Member names from the body's root to a value (`['error', 'code']`). */
export type EnvelopePath = readonly string[];

/** Where one API's error envelope keeps each part; each part lists places, the first present wins. */
export interface EnvelopeShape {
  /** The dialect's name, as `ApiError.dialect` reports it. */
  readonly dialect: string;
  /** Where the code is (`[['error', 'code']]`). */
  readonly code: readonly EnvelopePath[];
  /** Where the sentence is. */
  readonly message?: readonly EnvelopePath[];
  /** Where the field errors are: a list of per-field objects or a map of field to messages. */
  readonly fieldErrors?: readonly EnvelopePath[];
  /** Where an error about one field names it (Stripe's `param`, `context.field`): with no list, the sentence is that field's error, and a `value` beside the name its value. */
  readonly field?: readonly EnvelopePath[];
  /** Where the extra context is: an object member (`['error', 'context']`), or the envelope itself less `omit`. */
  readonly details?: EnvelopePath;
  /** Members of `details` that are not context (the code, the sentence), left out of it. */
  readonly omit?: readonly string[];
  /** Where the support reference is; the common names are read too. */
  readonly correlationId?: readonly EnvelopePath[];
  /** Where the body states its HTTP status. */
  readonly status?: readonly EnvelopePath[];
  /** A member that, when `true`, says the body is no failure (`success`, `ok`). */
  readonly success?: EnvelopePath;
}

/** The value at `path` in `value`, by own members only. */
function at(value: unknown, path: EnvelopePath): unknown {
  return path.reduce<unknown>((node, key) => get(node, key), value);
}

/** The first place of `places` that holds usable text. */
function firstText(value: unknown, places: readonly EnvelopePath[] | undefined): string | undefined {
  for (const place of places ?? []) {
    const found = place.length === 0 ? undefined : text(at(value, place.slice(0, -1)), place[place.length - 1] ?? '');
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads a body in the envelope `shape` describes, or returns undefined when it holds neither a
 * code nor a sentence where the shape says (so the kit's other dialects are tried).
 */
export function readEnvelope(body: unknown, shape: EnvelopeShape): WireError | undefined {
  if (!isRecord(body) || (shape.success && at(body, shape.success) === true)) return undefined;
  const code = firstText(body, shape.code);
  const message = firstText(body, shape.message);
  if (code === undefined && message === undefined) return undefined;
  let fieldErrors = (shape.fieldErrors ?? []).flatMap((place) => {
    const found = at(body, place);
    return Array.isArray(found) ? fieldErrorsFromList(found) : fieldErrorsFromMap(found);
  });
  const field = firstText(body, shape.field);
  if (fieldErrors.length === 0 && field !== undefined && message !== undefined) {
    const single: FieldError = { field: toFieldPath(field), message };
    const place = shape.field?.find((path) => at(body, path) !== undefined);
    const value = place ? get(at(body, place.slice(0, -1)), 'value') : undefined;
    if (value !== undefined && value !== null && typeof value !== 'object') single.value = value;
    fieldErrors = [single];
  }
  const context = shape.details ? at(body, shape.details) : undefined;
  const details = shape.omit ? pick(context, new Set(shape.omit)) : context;
  const holder = at(body, (shape.code[0] ?? []).slice(0, -1));
  return {
    dialect: shape.dialect,
    code,
    status: toStatus(firstText(body, shape.status)),
    message,
    fieldErrors,
    details,
    retryAfterMs: bodyRetryAfterMs(body, holder, context),
    correlationId: firstText(body, shape.correlationId) ?? bodyCorrelationId(body, holder, context),
  };
}

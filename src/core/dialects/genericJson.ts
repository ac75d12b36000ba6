// Whatever JSON is left: {message}, {error: "text"}, {error: {message, code}}, {errors: ["text"]},
// Express / Spring Boot style ({status, error: "Not Found", message, path}), and the wrappers
// public APIs put field errors in: {errors: {title: ["can't be blank"]}} (Rails, Shopify),
// {errorMessages: [], errors: {summary: "…"}} (Jira), {message, errors: [{resource, field, code}]}
// (GitHub), {message: {bio: ["…"]}} (GitLab), {error: {message, param}} (OpenAI, Stripe),
// {error: {code, message, target, details: [{target, message}]}} (Microsoft), and
// {error: {message, invalid: [{entry: "$.email", rules}]}} (Phoenix validators), and
// {"odata.error": {code, message: {lang, value}}} (older OData services).
import { FORM_FIELD, type FieldError } from '../FieldError';
import { get, isRecord, list, text, toStatus } from '../internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import { fieldErrorsFromList, fieldErrorsFromMap, MAX_FIELD_ERRORS } from '../normalize/fieldErrors';
import { propertyOfSentence } from '../normalize/propertySentence';
import { toFieldPath } from '../normalize/fieldPath';
import type { Dialect } from '../normalize/WireError';
import { THROTTLED_SENTENCE } from './throttledSentence';
import { defineDialect } from './defineDialect';

// A code in `error`: SHOUTING_CASE, or OAuth's snake case (`invalid_grant`, `insufficient_scope`).
// `{error: "Not Found"}` is a reason phrase, not a code.
const CODE = /^(?:[A-Z][A-Z0-9_]{2,63}|[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,5})$/;

/** The first string of a list of sentences (`errorMessages`, `errors: ["…"]`). */
function firstString(value: unknown): string | undefined {
  const found = list(value).find((entry) => typeof entry === 'string' && entry.trim() !== '');
  return typeof found === 'string' ? found.trim() : undefined;
}

/** Phoenix's default `{errors: {detail: "Not Found"}}`: the status's sentence, not a field called `detail`. */
function phoenixDetail(errors: unknown): string | undefined {
  return isRecord(errors) && Object.keys(errors).length === 1 ? text(errors, 'detail') : undefined;
}

/** Field errors wherever the common wrappers put them. */
function wrappedFieldErrors(body: Record<string, unknown>, nested: Record<string, unknown> | undefined, message: string | undefined): FieldError[] {
  const errors = get(body, 'errors');
  // From a list, only errors that name a field are field errors: the rest say what failed
  // (Intercom's `{errors: [{code: "token_unauthorized", message}]}`), and are read as the body's.
  const found =
    phoenixDetail(errors) !== undefined ? [] : isRecord(errors) ? fieldErrorsFromMap(errors) : fieldErrorsFromList(list(errors).filter(isRecord)).filter((error) => error.field !== FORM_FIELD);
  const said = get(body, 'message');
  if (isRecord(said)) found.push(...fieldErrorsFromMap(said));
  if (nested) {
    const details = list(get(nested, 'details')).filter((detail) => get(detail, 'target') !== undefined);
    found.push(...fieldErrorsFromList(details), ...fieldErrorsFromList(get(nested, 'invalid')));
    // One error about one input (`param`, `target`) is that field's error.
    const field = text(nested, 'param') ?? (details.length === 0 ? text(nested, 'target') : undefined);
    if (found.length === 0 && field && message) found.push({ field: toFieldPath(field), message });
  }
  // A message of one line per invalid property (Notion): each line is that property's error.
  const lines = typeof said === 'string' && said.includes('\n') ? said.split('\n').slice(1, MAX_FIELD_ERRORS + 1) : [];
  if (found.length === 0 && lines.length > 0 && lines.every((line) => propertyOfSentence(line) !== undefined)) {
    for (const line of lines) found.push({ field: propertyOfSentence(line) ?? '', message: line.trim() });
  }
  return found;
}

/** Reads any JSON object for a message, code and status under their common names. */
export const genericJson: Dialect = /* @__PURE__ */ defineDialect({ matchers: THROTTLED_SENTENCE }, (body) => {
  if (!isRecord(body)) return undefined;
  const error = get(body, 'error');
  // OData's older shape names the envelope `odata.error`, with the message as `{lang, value}`.
  const odata = get(body, 'odata.error');
  const nested = isRecord(error) ? error : isRecord(odata) ? odata : undefined;
  // The common envelope's context (`{error: {code, message, details}}`) may say the wait and the reference.
  const context = get(nested, 'details');
  const unnamed = list(get(body, 'errors')).find((entry) => isRecord(entry) && fieldErrorsFromList([entry])[0]?.field === FORM_FIELD);
  // An error that names no field says more than the body's headline beside it ("Validation Failed").
  const message =
    text(nested, 'message') ??
    text(get(nested, 'message'), 'value') ??
    text(unnamed, 'message', 'detail') ??
    text(body, 'message', 'error_description', 'error_message', 'errorMessage', 'title') ??
    (typeof error === 'string' && !CODE.test(error) ? error.trim() || undefined : undefined) ??
    firstString(get(body, 'errorMessages')) ??
    firstString(get(body, 'errors')) ??
    phoenixDetail(get(body, 'errors'));
  return {
    dialect: 'json',
    // `{error: "RATE_LIMITED", message}` (Express and NestJS apps) names its code in `error`.
    code: text(nested, 'code', 'type') ?? text(body, 'code', 'error_code', 'errorCode') ?? (typeof error === 'string' && CODE.test(error) ? error : undefined) ?? text(unnamed, 'code'),
    status: toStatus(get(body, 'status')) ?? toStatus(get(body, 'statusCode')) ?? toStatus(get(nested, 'status')),
    message,
    fieldErrors: wrappedFieldErrors(body, nested, text(nested, 'message')),
    details: get(nested, 'details') ?? get(body, 'details'),
    retryAfterMs: bodyRetryAfterMs(body, nested, context),
    correlationId: bodyCorrelationId(body, nested, context),
  };
});

// Whatever JSON is left: {message}, {error: "text"}, {error: {message, code}}, {errors: ["text"]},
// Express / Spring Boot style ({status, error: "Not Found", message, path}).
import { get, isRecord, list, text, toStatus } from '../internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import { fieldErrorsFromList } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';
import { THROTTLED_SENTENCE } from './throttledSentence';
import { defineDialect } from './defineDialect';

const CODE = /^[A-Z][A-Z0-9_]{2,63}$/;

/** Reads any JSON object for a message, code and status under their common names. */
export const genericJson: Dialect = /* @__PURE__ */ defineDialect({ matchers: THROTTLED_SENTENCE }, (body) => {
  if (!isRecord(body)) return undefined;
  const error = get(body, 'error');
  const nested = isRecord(error) ? error : undefined;
  const strings = list(get(body, 'errors')).filter((entry) => typeof entry === 'string');
  // The common envelope's context (`{error: {code, message, details}}`) may say the wait and the reference.
  const context = get(nested, 'details');
  return {
    dialect: 'json',
    // `{error: "RATE_LIMITED", message}` (Express and NestJS apps) names its code in `error`;
    // `{error: "Not Found"}` is a reason phrase, not a code.
    code: text(nested, 'code', 'type') ?? text(body, 'code', 'error_code', 'errorCode') ?? (typeof error === 'string' && CODE.test(error) ? error : undefined),
    status: toStatus(get(body, 'status')) ?? toStatus(get(body, 'statusCode')) ?? toStatus(get(nested, 'status')),
    message:
      text(nested, 'message') ??
      text(body, 'message', 'error_description', 'error_message', 'errorMessage', 'title') ??
      (typeof error === 'string' ? error.trim() || undefined : undefined) ??
      (typeof strings[0] === 'string' ? strings[0] : undefined),
    fieldErrors: fieldErrorsFromList(list(get(body, 'errors')).filter(isRecord)),
    details: get(nested, 'details') ?? get(body, 'details'),
    retryAfterMs: bodyRetryAfterMs(body, nested, context),
    correlationId: bodyCorrelationId(body, nested, context),
  };
});

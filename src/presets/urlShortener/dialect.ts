// URL shortener (seed 003): {success: false, data, error_code, error_message}, with
// data.validation_errors[] (fields like "body.url") and data.retry_after seconds.
import { get, text } from '../../core/internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../../core/normalize/bodyHints';
import { fieldErrorsFromList } from '../../core/normalize/fieldErrors';
import type { Dialect } from '../../core/normalize/WireError';
import { defineDialect } from '../../core/dialects/defineDialect';

/** Reads seed 003's envelope, recognised by `error_code` beside `error_message`. */
export const urlShortener: Dialect = /* @__PURE__ */ defineDialect({ members: ['error_code'] }, (body) => {
  const code = text(body, 'error_code');
  if (!code || get(body, 'error_message') === undefined || get(body, 'success') === true) return undefined;
  const data = get(body, 'data');
  return {
    dialect: 'url-shortener',
    code,
    message: text(body, 'error_message'),
    fieldErrors: fieldErrorsFromList(get(data, 'validation_errors')),
    details: data,
    retryAfterMs: bodyRetryAfterMs(data),
    correlationId: bodyCorrelationId(data),
  };
});

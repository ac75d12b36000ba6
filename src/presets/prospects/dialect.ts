// Prospects API (seed 002): {error: "CODE", message, statusCode, details}, with
// details.fields as {field: [messages]} and details.retryAfter seconds; `stack` only in development.
import { get, text, toStatus } from '../../core/internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../../core/normalize/bodyHints';
import { fieldErrorsFromMap } from '../../core/normalize/fieldErrors';
import type { Dialect } from '../../core/normalize/WireError';
import { defineDialect } from '../../core/dialects/defineDialect';

const CODE = /^[A-Z][A-Z0-9_]{2,63}$/;

/** Reads seed 002's flat shape: an upper-case code in `error` beside a `message`. */
export const prospects: Dialect = /* @__PURE__ */ defineDialect({ members: ['error'] }, (body) => {
  const code = get(body, 'error');
  if (typeof code !== 'string' || !CODE.test(code)) return undefined;
  const details = get(body, 'details');
  return {
    dialect: 'prospects',
    code,
    status: toStatus(get(body, 'statusCode')),
    message: text(body, 'message'),
    fieldErrors: fieldErrorsFromMap(get(details, 'fields')),
    details,
    retryAfterMs: bodyRetryAfterMs(details, body),
    correlationId: bodyCorrelationId(details, body),
  };
});

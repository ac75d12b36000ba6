// MediaNest (seed 000): {success: false, error: {code, message, details}}, with
// details.errors[] field list, details.retry_after seconds and details.error_id.
import { get, isRecord, text } from '../../core/internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../../core/normalize/bodyHints';
import { fieldErrorsFromList } from '../../core/normalize/fieldErrors';
import type { Dialect } from '../../core/normalize/WireError';
import { defineDialect } from '../../core/dialects/defineDialect';

/** Reads seed 000's envelope (its `details` object is what tells it from seed 004's `context`). */
export const medianest: Dialect = /* @__PURE__ */ defineDialect({ members: ['error'] }, (body) => {
  const error = get(body, 'error');
  const code = text(error, 'code');
  if (!isRecord(error) || !code || typeof get(error, 'code') !== 'string' || get(error, 'context') !== undefined) return undefined;
  const details = get(error, 'details');
  return {
    dialect: 'medianest',
    code,
    message: text(error, 'message'),
    fieldErrors: fieldErrorsFromList(get(details, 'errors')),
    details,
    retryAfterMs: bodyRetryAfterMs(details),
    correlationId: bodyCorrelationId(details, error),
  };
});

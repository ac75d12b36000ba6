// SaaS with plans (seed 004): {success: false, error: {code, message, context}}, with
// context.errors[] or a single-field domain error in context.field / context.value.
import type { FieldError } from '../../core/FieldError';
import { get, isRecord, text } from '../../core/internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../../core/normalize/bodyHints';
import { fieldErrorsFromList } from '../../core/normalize/fieldErrors';
import { toFieldPath } from '../../core/normalize/fieldPath';
import type { Dialect } from '../../core/normalize/WireError';
import { defineDialect } from '../../core/dialects/defineDialect';

/** Reads seed 004's envelope; auto-detection picks it when a `context` object is present. */
export const saasEnvelope: Dialect = /* @__PURE__ */ defineDialect({ members: ['error'] }, (body) => {
  const error = get(body, 'error');
  const code = text(error, 'code');
  const context = get(error, 'context');
  // Without a context the body is seed 000's shape too; auto-detection gives it to `medianest`.
  if (!isRecord(error) || !code || typeof get(error, 'code') !== 'string') return undefined;
  if (context !== undefined && !isRecord(context)) return undefined;
  const message = text(error, 'message');
  let fieldErrors = fieldErrorsFromList(get(context, 'errors'));
  const field = get(context, 'field');
  if (fieldErrors.length === 0 && message && typeof field === 'string' && field) {
    const single: FieldError = { field: toFieldPath(field), message };
    const value = get(context, 'value');
    if (value !== undefined && typeof value !== 'object') single.value = value;
    fieldErrors = [single];
  }
  return {
    dialect: 'saas-envelope',
    code,
    message,
    fieldErrors,
    details: context,
    retryAfterMs: bodyRetryAfterMs(context),
    correlationId: bodyCorrelationId(context),
  };
});

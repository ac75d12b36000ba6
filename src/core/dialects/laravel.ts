// Laravel (ValidationException, 422): {message: "The given data was invalid.", errors: {"items.0.name": ["..."]}}.
import { get, isRecord, text } from '../internal/read';
import { fieldErrorsFromMap } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads Laravel's validation body: a `message` beside an `errors` map of field to messages. */
export const laravel: Dialect = /* @__PURE__ */ defineDialect({ members: ['errors'] }, (body) => {
  const errors = get(body, 'errors');
  if (!isRecord(errors) || typeof get(body, 'message') !== 'string') return undefined;
  const fieldErrors = fieldErrorsFromMap(errors);
  if (fieldErrors.length === 0) return undefined;
  return { dialect: 'laravel', code: 'VALIDATION_ERROR', message: text(body, 'message'), fieldErrors };
});

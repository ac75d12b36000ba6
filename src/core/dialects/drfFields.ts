// Django REST Framework ValidationError: {"email": ["Enter a valid email address."],
// "address": {"city": ["This field is required."]}, "non_field_errors": ["..."]}.
import { get, isRecord } from '../internal/read';
import { fieldErrorsFromMap } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';

// Keys generic JSON errors use for the body's own sentences (`{"errors": ["Your basket is empty"]}`):
// a body keyed only by them is not a form's fields.
const ENVELOPE_KEYS = new Set(['errors', 'error', 'message', 'messages', 'detail', 'errorMessages', 'warningMessages']);

// A sentence, not a bare word: words apart, or a script written without spaces, or a full stop.
const SENTENCE = /\s|[。．！？]|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;

/** True when every member is a list of messages, or a nested object (DRF nests serializers). */
function isMessageMap(body: Record<string, unknown>): boolean {
  const keys = Object.keys(body);
  return (
    keys.length > 0 &&
    !keys.every((key) => ENVELOPE_KEYS.has(key)) &&
    keys.slice(0, 100).every((key) => {
      const value = get(body, key);
      // DRF's messages are sentences ("This field is required."); a list of bare words is data.
      return (Array.isArray(value) && value.length > 0 && value.every((m) => (typeof m === 'string' && SENTENCE.test(m)) || isRecord(m))) || isRecord(value);
    }) &&
    keys.some((key) => Array.isArray(get(body, key)))
  );
}

/** Reads DRF's field-keyed validation body, `non_field_errors` becoming form-level errors. */
export const drfFields: Dialect = (body) => {
  if (!isRecord(body) || !isMessageMap(body)) return undefined;
  const fieldErrors = fieldErrorsFromMap(body);
  if (fieldErrors.length === 0) return undefined;
  return { dialect: 'drf', code: 'VALIDATION_ERROR', fieldErrors };
};

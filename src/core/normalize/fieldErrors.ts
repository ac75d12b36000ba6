import { REPLACED_FIELD_MESSAGE, type FieldError } from '../FieldError';
import { get, isRecord, list, text } from '../internal/read';
import { toFieldPath } from './fieldPath';

// No more are read from one body: more than any real form has fields.
export const MAX_FIELD_ERRORS = 100;

const ERRORS_MARKER = '_errors';

/**
 * Field errors from a list of per-field objects, whichever names a dialect uses:
 * `{field, message}` (seeds), `{loc, msg, type, input}` (FastAPI), `{name, reason}` (RFC 7807
 * invalid-params), `{pointer, detail}` (RFC 9457), `{field, description}` (google BadRequest),
 * `{source: {pointer | parameter}, detail}` (JSON:API), `{target, message}` (Microsoft),
 * `{in, message}` (HubSpot), `{entry, rules: [{description}]}` (Phoenix validators), and
 * `{resource, field, code}` (GitHub: a field and a rule's code, no sentence).
 */
export function fieldErrorsFromList(items: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const item of list(items, MAX_FIELD_ERRORS)) {
    if (typeof item === 'string') {
      if (item.trim()) errors.push({ field: '', message: item.trim() });
      continue;
    }
    const source = get(item, 'source');
    const location =
      get(item, 'field') ?? get(item, 'loc') ?? get(item, 'name') ?? get(item, 'pointer') ?? get(item, 'param') ??
      get(item, 'path') ?? get(source, 'pointer') ?? get(source, 'parameter') ?? get(item, 'target') ?? get(item, 'in') ?? get(item, 'entry');
    // A field named with only the rule it broke still marks that field, in the kit's words.
    const message =
      text(item, 'message', 'msg', 'detail', 'reason', 'description', 'title') ??
      text(list(get(item, 'rules'))[0], 'description') ??
      (typeof location === 'string' && location !== '' && text(item, 'code') ? REPLACED_FIELD_MESSAGE : undefined);
    if (!message) continue;
    const error: FieldError = { field: toFieldPath(location), message };
    const value = get(item, 'value') ?? get(item, 'input');
    if (value !== undefined && (typeof value !== 'object' || value === null)) error.value = value;
    const type = text(item, 'type', 'code');
    if (type) error.type = type;
    errors.push(error);
  }
  return errors;
}

/**
 * Field errors from a map of field to messages: `{email: ["Invalid"]}` (Laravel, DRF, the
 * seed APIs, ASP.NET problem details), nested objects and lists of them (DRF) included.
 */
export function fieldErrorsFromMap(map: unknown, prefix = '', depth = 0, out: FieldError[] = []): FieldError[] {
  if (!isRecord(map) || depth > 8 || out.length >= MAX_FIELD_ERRORS) return out;
  for (const key of Object.keys(map).slice(0, MAX_FIELD_ERRORS)) {
    // The cap is on the total, not per level: a wide map of long lists stays as small as a short one.
    if (out.length >= MAX_FIELD_ERRORS) break;
    const value = get(map, key);
    // Discord marks where a level's own errors are (`{access_token: {_errors: [...]}}`): the
    // marker is not a field, its errors belong to the level that holds it.
    const path = key === ERRORS_MARKER ? prefix : prefix ? `${prefix}.${toFieldPath(key)}` : toFieldPath(key);
    // A string stands for a message only at the top (`{email: "is invalid"}`); below, messages come in lists.
    const messages = typeof value === 'string' && depth === 0 ? [value] : list(value);
    for (const [index, message] of messages.entries()) {
      if (out.length >= MAX_FIELD_ERRORS) break;
      if (typeof message === 'string') {
        if (message.trim()) out.push({ field: path, message: message.trim() });
      } else if (isRecord(message)) {
        // DRF: a list field reports one object of errors per item; ErrorDetail-like {message, code} too.
        const detail = text(message, 'message', 'detail');
        if (detail) out.push({ field: path, message: detail });
        else fieldErrorsFromMap(message, path ? `${path}.${index}` : String(index), depth + 1, out);
      }
    }
    if (isRecord(value)) fieldErrorsFromMap(value, path, depth + 1, out);
  }
  return out;
}

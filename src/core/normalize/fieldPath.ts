import { FORM_FIELD } from '../FieldError';

// Segments that say where in the request a value was, not which form field it is.
const TRANSPORT = new Set(['body', 'query', 'path', 'header', 'headers', 'cookie', 'cookies', 'form', 'json', 'params']);
// Names servers give to errors about the request as a whole.
const WHOLE_FORM = new Set(['', 'non_field_errors', '__all__', '__root__', 'request body', 'root', '#', '/', '$', '_errors']);

/**
 * The form field path for a location a server reported: a FastAPI `loc` array, a JSON pointer
 * (`/data/attributes/email`, `#/age`), a dotted or bracketed path (`body.url`, `items[0].name`),
 * a JSON path (`$.dateOfBirth`, `$.Ages[1]`: ASP.NET Core's System.Text.Json, Phoenix validators).
 * Transport prefixes go; nesting becomes dots; a whole-request location becomes `''`.
 */
export function toFieldPath(location: unknown): string {
  let segments: string[];
  if (Array.isArray(location)) {
    segments = location.slice(0, 32).map(String);
  } else if (typeof location === 'string' || typeof location === 'number') {
    const raw = String(location).trim().slice(0, 256);
    if (WHOLE_FORM.has(raw.toLowerCase())) return FORM_FIELD;
    const pointer = /^#?\//.test(raw);
    segments = pointer
      ? raw.replace(/^#?\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      : raw.replace(/^\$(?:\.|(?=\[))/, '').replace(/\[(\w*)\]/g, '.$1').split('.');
    // JSON:API puts a resource's fields under /data/attributes or /data/relationships.
    if (pointer && segments[0] === 'data') {
      segments = segments.slice(segments[1] === 'attributes' || segments[1] === 'relationships' ? 2 : 1);
    }
  } else {
    return FORM_FIELD;
  }
  segments = segments.filter((segment) => segment !== '');
  if (segments.length > 1 || (segments.length === 1 && segments[0] === 'body')) {
    if (TRANSPORT.has((segments[0] ?? '').toLowerCase())) segments.shift();
  }
  const path = segments.join('.');
  return WHOLE_FORM.has(path.toLowerCase()) ? FORM_FIELD : path;
}

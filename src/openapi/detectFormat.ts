// Which wire format an error schema describes: one the kit already reads (problem+json, JSON:API,
// GraphQL, google.rpc.Status, `{ok: false}`), or an envelope of the API's own, described by
// where its code, sentence, field errors, context and support reference are.
import { get, isRecord } from '../core/internal/read';
import type { EnvelopePath } from '../core/dialects/readEnvelope';
import { member, type Located, type OpenApiDocument } from './OpenApiDocument';
import { propertiesOf, typesOf, literalsOf } from './schemaView';

/** Where one schema's envelope keeps each part (a part it lacks is absent). */
export interface EnvelopePlaces {
  readonly code?: EnvelopePath;
  readonly message?: EnvelopePath;
  readonly fieldErrors?: EnvelopePath;
  /** Where an error about one field names it. */
  readonly field?: EnvelopePath;
  /** The context: an object member, or (empty path) the envelope itself less `omit`. */
  readonly details?: EnvelopePath;
  readonly omit?: readonly string[];
  readonly correlationId?: EnvelopePath;
  readonly status?: EnvelopePath;
  readonly success?: EnvelopePath;
}

/** The format one error schema describes. */
export type ErrorFormat =
  | { readonly kind: 'problem' | 'jsonApi' | 'graphql' | 'googleRpc' | 'okFalse' }
  | { readonly kind: 'envelope'; readonly places: EnvelopePlaces }
  | { readonly kind: 'none' };

// Member names by the part they hold, most telling first. Published APIs' own spellings.
const CODE_NAMES = ['error_code', 'errorCode', 'code', 'error', 'err_code', 'type', 'reason', 'errorType', 'error_type', 'id'];
const MESSAGE_NAMES = ['message', 'error_message', 'errorMessage', 'error_description', 'detail', 'details', 'description', 'msg', 'title', 'err', 'error'];
const FIELD_NAMES = ['validation_errors', 'validationErrors', 'fieldErrors', 'field_errors', 'errors', 'fields', 'invalid_params', 'invalidParams', 'violations'];
const FIELD_NAME_NAMES = ['field', 'param', 'parameter', 'attribute', 'property'];
const DETAILS_NAMES = ['data', 'details', 'context', 'meta', 'extra', 'info'];
const CORRELATION_NAMES = ['request_id', 'requestId', 'correlation_id', 'correlationId', 'trace_id', 'traceId', 'x_request_id'];
const STATUS_NAMES = ['status', 'statusCode', 'status_code', 'http_status', 'httpStatus', 'code'];
const HOLDER_NAMES = ['error', 'err', 'fault'];

/** True for a value that reads as a code rather than a sentence: one word of letters, digits, `_.:-`. */
export function looksLikeCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z][\w.:-]{0,79}$/.test(value);
}

/** True for an HTTP error status, as a number or numeric text. */
function isStatus(value: unknown): boolean {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 400 && number < 600;
}

/** The values the document shows for a member: its literals, `example`, `default`. */
function shownValues(document: OpenApiDocument, property: Located): unknown[] {
  const values: unknown[] = literalsOf(document, property).map((literal) => literal.value);
  for (const key of ['example', 'default']) if (get(property.value, key) !== undefined) values.push(get(property.value, key));
  const examples = get(property.value, 'examples');
  if (Array.isArray(examples)) values.push(...(examples as unknown[]));
  return values;
}

/** The first of `names` an object has as a member of one of `types`, passing `fits`. */
function find(
  document: OpenApiDocument,
  properties: Map<string, Located>,
  names: readonly string[],
  types: readonly string[],
  fits: (property: Located, name: string) => boolean = () => true,
): string | undefined {
  return names.find((name) => {
    const property = properties.get(name);
    if (!property) return false;
    const own = typesOf(document, property);
    return (own.size === 0 || types.some((type) => own.has(type))) && fits(property, name);
  });
}

/** Where an envelope's parts are, or undefined when it holds neither a code nor a sentence. */
function envelopePlaces(document: OpenApiDocument, schema: Located): EnvelopePlaces | undefined {
  const root = propertiesOf(document, schema, true);
  const holderName = find(document, root, HOLDER_NAMES, ['object'], (property) => propertiesOf(document, property, true).size > 0);
  const holder = holderName ? propertiesOf(document, root.get(holderName), true) : root;
  const base: EnvelopePath = holderName ? [holderName] : [];
  // A code is a word: a member whose shown values are sentences or statuses holds something else.
  const codeFits = (property: Located, name: string) => {
    const values = shownValues(document, property);
    if (values.some(isStatus) && typesOf(document, property).has('integer')) return false;
    if (values.some((value) => typeof value === 'string' && !looksLikeCode(value))) return false;
    const description = String(get(property.value, 'description') ?? '');
    if (/\b(?:message|sentence|explanation)\b/i.test(description) && !/\bcode\b/i.test(description)) return false;
    // `id`, `type` and `error` name codes only where the document says so or shows one.
    return !['id', 'type', 'error'].includes(name) || values.some(looksLikeCode) || /\b(?:code|identifier|kind)\b/i.test(description);
  };
  const code = find(document, holder, CODE_NAMES, ['string', 'integer'], codeFits);
  const message = find(document, holder, MESSAGE_NAMES.filter((name) => name !== code), ['string']);
  if (code === undefined && message === undefined) return undefined;
  const detailsName = find(document, holder, DETAILS_NAMES.filter((name) => name !== message), ['object']);
  const detailsHolder = detailsName ? propertiesOf(document, holder.get(detailsName), true) : new Map<string, Located>();
  const fieldsHere = find(document, holder, FIELD_NAMES, ['array', 'object']);
  const fieldsInDetails = fieldsHere ? undefined : find(document, detailsHolder, FIELD_NAMES, ['array', 'object']);
  const fieldHere = find(document, holder, FIELD_NAME_NAMES, ['string']);
  const fieldInDetails = fieldHere ? undefined : find(document, detailsHolder, FIELD_NAME_NAMES, ['string']);
  const statusName = [root, holder].map((properties) => find(document, properties, STATUS_NAMES.filter((name) => name !== code), ['integer', 'number', 'string'], (property, name) => {
    const values = shownValues(document, property);
    // A number named like a status is one (Figma's `status: number`); a bare `code` number needs its values to say so.
    const types = typesOf(document, property);
    return values.length === 0 ? types.has('integer') || (name !== 'code' && types.has('number')) : values.every(isStatus);
  }));
  const correlation = [holder, root].map((properties) => find(document, properties, CORRELATION_NAMES, ['string']));
  const success = find(document, root, ['success', 'ok'], ['boolean']);
  const statusPath = statusName[1] !== undefined ? [...base, statusName[1]] : statusName[0] !== undefined ? [statusName[0]] : undefined;
  const correlationPath = correlation[0] !== undefined ? [...base, correlation[0]] : correlation[1] !== undefined ? [correlation[1]] : undefined;
  const used = [...new Set([code, message, fieldsHere, statusName[1], correlation[0]].filter((name): name is string => name !== undefined))];
  return {
    ...(code !== undefined && { code: [...base, code] }),
    ...(message !== undefined && { message: [...base, message] }),
    ...(fieldsHere !== undefined && { fieldErrors: [...base, fieldsHere] }),
    ...(fieldsInDetails !== undefined && detailsName !== undefined && { fieldErrors: [...base, detailsName, fieldsInDetails] }),
    ...(fieldHere !== undefined && { field: [...base, fieldHere] }),
    ...(fieldInDetails !== undefined && detailsName !== undefined && { field: [...base, detailsName, fieldInDetails] }),
    ...(detailsName !== undefined ? { details: [...base, detailsName] } : { details: base, omit: holderName ? used : [...new Set([...used, ...(success ? [success] : []), ...(statusName[0] ? [statusName[0]] : []), ...(correlation[1] ? [correlation[1]] : [])])] }),
    ...(correlationPath && { correlationId: correlationPath }),
    ...(statusPath && { status: statusPath }),
    ...(success !== undefined && { success: [success] }),
  };
}

/** The format of an error response's body, from its media type and its schema. */
export function detectFormat(document: OpenApiDocument, contentType: string, schema: Located | undefined): ErrorFormat {
  if (/problem\+json/i.test(contentType)) return { kind: 'problem' };
  if (!schema || !isRecord(schema.value)) return { kind: 'none' };
  const properties = propertiesOf(document, schema, true);
  const has = (name: string) => properties.has(name);
  if (has('type') && has('title') && (has('status') || has('detail'))) return { kind: 'problem' };
  const errors = properties.get('errors');
  const errorItem = errors ? propertiesOf(document, member(document, errors, 'items'), true) : new Map<string, Located>();
  if (errorItem.has('message') && (errorItem.has('extensions') || errorItem.has('locations'))) return { kind: 'graphql' };
  if (errorItem.has('source') || (errorItem.has('detail') && errorItem.has('title') && !errorItem.has('message'))) return { kind: 'jsonApi' };
  const error = properties.get('error');
  const errorMembers = error ? propertiesOf(document, error, true) : new Map<string, Located>();
  if (errorMembers.has('status') && errorMembers.has('message') && typesOf(document, errorMembers.get('code')).has('integer')) return { kind: 'googleRpc' };
  // Slack's brief template states only `ok: false`; its `error` is then the code, when present.
  if (has('ok') && typesOf(document, properties.get('ok')).has('boolean') && (!error || typesOf(document, error).has('string'))) return { kind: 'okFalse' };
  const places = envelopePlaces(document, schema);
  return places ? { kind: 'envelope', places } : { kind: 'none' };
}

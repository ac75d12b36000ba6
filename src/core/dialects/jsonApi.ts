// JSON:API 1.1 error objects: {errors: [{id, status: "422", code, title, detail, source: {pointer | parameter | header}, meta}]}.
import { get, isRecord, list, pick, text, toStatus } from '../internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import { fieldErrorsFromList } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

const MEMBERS = ['status', 'code', 'title', 'detail', 'source'];
// GitHub's `{resource, field, code}`: a REST API's field errors, not JSON:API's.
const NOT_JSON_API = ['field', 'resource'];
const NONE = new Set<string>();

/** Reads JSON:API error documents (also sent bare, as a top-level array): objects without GraphQL's `message`, with its members. */
export const jsonApi: Dialect = /* @__PURE__ */ defineDialect({ members: ['errors'] }, (document, contentType) => {
  // Some servers send the error objects as the whole document (Rails' jsonapi-serializer).
  const body = Array.isArray(document) && isRecord(document[0]) && get(document[0], 'source') !== undefined ? { errors: document } : document;
  const errors = list(get(body, 'errors'));
  const first = errors[0];
  const looksLike =
    isRecord(first) && get(first, 'message') === undefined && MEMBERS.some((m) => get(first, m) !== undefined) && !NOT_JSON_API.some((m) => get(first, m) !== undefined);
  if (!looksLike && !(contentType.includes('vnd.api+json') && errors.length > 0)) return undefined;
  // Only errors about a source pointer are field errors; the rest describe the request.
  const withSource = errors.filter((error) => {
    const source = get(error, 'source');
    return get(source, 'pointer') !== undefined || get(source, 'parameter') !== undefined;
  });
  return {
    dialect: 'json:api',
    code: errors.map((error) => text(error, 'code')).find(Boolean),
    status: toStatus(get(first, 'status')),
    message: text(first, 'detail', 'title'),
    fieldErrors: fieldErrorsFromList(withSource),
    details: { ...pick(get(first, 'meta'), NONE), id: text(first, 'id') },
    retryAfterMs: bodyRetryAfterMs(get(first, 'meta')),
    correlationId: bodyCorrelationId(get(first, 'meta'), get(body, 'meta')),
  };
});

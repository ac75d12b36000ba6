// GraphQL over HTTP: {data?, errors: [{message, locations, path, extensions: {code, ...}}]}
// (GraphQL spec §7.1.2; codes as Apollo Server sends them), also inside 200 responses.
import { get, isRecord, list, pick, text, toStatus } from '../internal/read';
import type { FieldError } from '../FieldError';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import { toFieldPath } from '../normalize/fieldPath';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

const CODE = new Set(['code']);

// What only a GraphQL response holds beside `errors`, and what only its errors carry beside `message`.
const RESPONSE_MEMBERS = new Set(['errors', 'data', 'extensions']);
const ERROR_MEMBERS = ['locations', 'path', 'extensions'];

/**
 * Reads GraphQL error responses: `errors` whose entries carry a `message`, in a response that
 * holds nothing GraphQL does not (or whose errors have `locations`, `path` or `extensions`).
 * A REST API's `{message, errors: [{code, message}]}` (GitHub, Twitter, Twilio) is not GraphQL.
 */
export const graphql: Dialect = /* @__PURE__ */ defineDialect({ members: ['errors'] }, (body) => {
  const errors = list(get(body, 'errors')).filter((error) => typeof get(error, 'message') === 'string');
  if (errors.length === 0 || !isRecord(body)) return undefined;
  const shaped = Object.keys(body).every((key) => RESPONSE_MEMBERS.has(key)) || errors.some((error) => ERROR_MEMBERS.some((member) => get(error, member) !== undefined));
  if (!shaped) return undefined;
  const first = errors.find((error) => text(get(error, 'extensions'), 'code') ?? text(error, 'type')) ?? errors[0];
  const extensions = get(first, 'extensions');
  const fieldErrors: FieldError[] = [];
  for (const error of errors) {
    const field = text(get(error, 'extensions'), 'field', 'argumentName');
    const message = text(error, 'message');
    if (field && message) fieldErrors.push({ field: toFieldPath(field), message });
  }
  const details = pick(extensions, CODE);
  const path = get(first, 'path');
  if (Array.isArray(path)) details['path'] = path.slice(0, 20).join('.');
  return {
    dialect: 'graphql',
    // GitHub's GraphQL API puts the code in `type` rather than `extensions.code`.
    code: text(extensions, 'code') ?? text(first, 'type'),
    status: toStatus(get(get(extensions, 'http'), 'status')) ?? toStatus(get(extensions, 'status')),
    message: text(first, 'message'),
    fieldErrors,
    details,
    retryAfterMs: bodyRetryAfterMs(extensions),
    correlationId: bodyCorrelationId(extensions),
  };
});

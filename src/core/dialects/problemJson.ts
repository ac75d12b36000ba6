// RFC 9457 (and RFC 7807) problem details: {type, title, status, detail, instance, ...extensions},
// with field errors as `errors[{detail, pointer}]` (RFC 9457 §3), `invalid-params[{name, reason}]`
// (RFC 7807 §3) or `errors: {Field: [messages]}` (ASP.NET Core ValidationProblemDetails).
import { get, isRecord, pick, text, toStatus } from '../internal/read';
import { bodyCorrelationId, bodyRetryAfterMs } from '../normalize/bodyHints';
import { fieldErrorsFromList, fieldErrorsFromMap } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';

const MEMBERS = new Set(['title', 'status', 'detail', 'errors', 'invalid-params', 'code']);

/** Reads problem+json, by content type or by its `type`/`title` + `status`/`detail` members. */
export const problemJson: Dialect = (body, contentType) => {
  if (!isRecord(body)) return undefined;
  const typed = contentType.includes('problem+json');
  const type = text(body, 'type') ?? '';
  const shaped =
    (/^(?:https?:|urn:|about:blank|\/)/.test(type) && typeof get(body, 'title') === 'string') ||
    ((type !== '' || typeof get(body, 'title') === 'string') &&
      (toStatus(get(body, 'status')) !== undefined || typeof get(body, 'detail') === 'string'));
  if (!typed && !shaped) return undefined;
  const errors = get(body, 'errors');
  const fieldErrors = [
    ...(Array.isArray(errors) ? fieldErrorsFromList(errors) : fieldErrorsFromMap(errors)),
    ...fieldErrorsFromList(get(body, 'invalid-params')),
  ];
  // A problem type URI's last segment is its short name ("/probs/out-of-credit" → OUT_OF_CREDIT).
  const slug = /\/([a-z][\w-]*)\/?$/i.exec(type)?.[1];
  return {
    dialect: 'problem+json',
    code: text(body, 'code') ?? slug?.replace(/-/g, '_').toUpperCase(),
    status: toStatus(get(body, 'status')),
    message: text(body, 'detail', 'title'),
    fieldErrors,
    // Extension members are the problem's context; `type` and `instance` identify it.
    details: pick(body, MEMBERS),
    retryAfterMs: bodyRetryAfterMs(body),
    correlationId: bodyCorrelationId(body),
  };
};

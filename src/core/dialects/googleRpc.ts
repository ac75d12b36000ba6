// google.rpc.Status as JSON (AIP-193): {error: {code: 400, message, status: "INVALID_ARGUMENT",
// details: [{"@type": ".../google.rpc.BadRequest", fieldViolations}, ErrorInfo, RetryInfo, RequestInfo, LocalizedMessage, ...]}}.
import { get, isRecord, list, text, toNumber, toStatus } from '../internal/read';
import type { FieldError } from '../FieldError';
import { fieldErrorsFromList } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** "30s", "1.5s" or {seconds, nanos} (google.protobuf.Duration) in ms. */
function durationMs(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const seconds = toNumber(value.replace(/s$/, ''));
    return seconds === undefined ? undefined : Math.round(seconds * 1000);
  }
  const seconds = toNumber(get(value, 'seconds'));
  return seconds === undefined ? undefined : Math.round(seconds * 1000 + (toNumber(get(value, 'nanos')) ?? 0) / 1e6);
}

/** Reads Google-style errors: a numeric `code` beside a canonical `status` or typed `details`. */
export const googleRpc: Dialect = /* @__PURE__ */ defineDialect({ members: ['error'] }, (body) => {
  const error = get(body, 'error');
  const status = text(error, 'status');
  const entries = list(get(error, 'details'));
  if (!isRecord(error) || typeof get(error, 'code') !== 'number' || (!status && entries.length === 0)) return undefined;
  const fieldErrors: FieldError[] = [];
  const details: Record<string, unknown> = {};
  let retryAfterMs: number | undefined;
  let correlationId: string | undefined;
  let localized: string | undefined;
  for (const entry of entries) {
    const type = text(entry, '@type')?.split('.').pop();
    if (type === 'BadRequest') fieldErrors.push(...fieldErrorsFromList(get(entry, 'fieldViolations')));
    else if (type === 'RetryInfo') retryAfterMs = durationMs(get(entry, 'retryDelay'));
    else if (type === 'RequestInfo') correlationId = text(entry, 'requestId');
    else if (type === 'LocalizedMessage') localized = text(entry, 'message');
    else if (type === 'ErrorInfo') Object.assign(details, { reason: text(entry, 'reason'), domain: text(entry, 'domain'), metadata: get(entry, 'metadata') });
    else if (type === 'QuotaFailure') details['violations'] = get(entry, 'violations');
    else if (type === 'Help') details['links'] = get(entry, 'links');
  }
  return {
    dialect: 'google-rpc',
    code: status,
    status: toStatus(get(error, 'code')),
    message: localized ?? text(error, 'message'),
    fieldErrors,
    details,
    retryAfterMs,
    correlationId,
  };
});

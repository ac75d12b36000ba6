import type { ApiError } from '../ApiError';
import { CATEGORIES } from '../categories';

/**
 * Whether a failure is worth an error report: a bug (what nothing could read) or the service
 * failing (5xx, timeouts, the network), not what the API says on purpose about a request (a
 * session that ended, a missing record, field errors, a rate limit), which the UI already tells.
 */
export function shouldReport(error: ApiError): boolean {
  if (error.category === 'cancelled' || error.controlFlow) return false;
  return error.category === 'unknown' || CATEGORIES[error.category].serverSide;
}

/** Tags for an error report, so reports group by what failed: the code, its category and status. */
export function reportTags(error: ApiError): Record<string, string> {
  return {
    'api.code': error.code,
    'api.category': error.category,
    ...(error.status !== undefined && { 'api.status': String(error.status) }),
    ...(error.correlationId !== undefined && { 'api.correlation_id': error.correlationId }),
  };
}

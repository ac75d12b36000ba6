import type { ApiError } from '../ApiError';
import { findLeak } from './findLeak';

// What support references look like: request ids, UUIDs, trace ids, "err_abc123".
const REFERENCE = /^[A-Za-z0-9][\w.:-]{3,99}$/;

/**
 * The support reference a fallback may show, only when it looks like an identifier: a bounded
 * length and character set, and nothing a token or an internal host name would give away.
 */
export function supportReference(error: ApiError): string | undefined {
  const id = error.correlationId;
  return id !== undefined && REFERENCE.test(id) && findLeak(id) === undefined ? id : undefined;
}

import type { ApiError } from '../ApiError';

// What support references look like: request ids, UUIDs, trace ids, "err_abc123".
const REFERENCE = /^[A-Za-z0-9][\w.:-]{3,99}$/;
// A reference is random by nature, so no test of prose can judge it; what it must not be is one
// of the credentials that share its alphabet: a JWT, or a key with a provider's prefix.
const CREDENTIAL_SHAPE = /^(?:eyJ|sk[-_]|rk_|pk_live|whsec_|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AKIA|ASIA|AIza|SG\.|npm_)/;
// Nor a host only an internal resolver knows, or an address.
const INTERNAL_HOST = /\.(?:internal|local|localdomain|lan|corp|intranet|svc|cluster|consul)\b|\b(?:\d{1,3}\.){3}\d{1,3}\b/i;

/**
 * The support reference a fallback may show, only when it looks like an identifier: a bounded
 * length and character set, and not the shape of a credential.
 */
export function supportReference(error: ApiError): string | undefined {
  const id = error.correlationId;
  return id !== undefined && REFERENCE.test(id) && !CREDENTIAL_SHAPE.test(id) && !INTERNAL_HOST.test(id) ? id : undefined;
}

// The codes of sentences sent without one: seed 001's tables give a status and a sentence for
// each failure, row by row.
import type { SentenceMatcher } from '../../core/registry/sentenceMatchers';

const operation = (match: RegExpExecArray) => ({ operation: match[1]?.toLowerCase() });
// Seed 001's tables write placeholders ("X days") where the live API sends numbers.
const count = (value: string | undefined) => (value !== undefined && Number.isFinite(Number(value)) ? Number(value) : undefined);

/** Seed 001's sentences, row by row of its tables. */
export const ARTWORK_SENTENCES: readonly SentenceMatcher[] = [
  // 413: "Storage quota exceeded. Used X MB of Y MB."
  {
    status: 413,
    pattern: /storage quota exceeded\.?\s*used ([\d.]+|\w)\s*([kmgt]?i?b)\s+of\s+([\d.]+|\w)\s*([kmgt]?i?b)/i,
    code: 'QUOTA_EXCEEDED',
    details: (m) => ({ resource: 'storage', used: count(m[1]), limit: count(m[3]), unit: m[2]?.toUpperCase() }),
  },
  { status: 413, pattern: /quota/i, code: 'QUOTA_EXCEEDED' },
  // 401
  { status: 401, pattern: /^invalid email or password/i, code: 'AUTHENTICATION_FAILED' },
  { status: [401, 404], pattern: /^user not found/i, code: 'USER_NOT_FOUND' },
  { status: 401, pattern: /^no refresh token/i, code: 'REFRESH_TOKEN_MISSING' },
  { status: 401, pattern: /refresh token/i, code: 'REFRESH_TOKEN_INVALID' },
  { status: 401, pattern: /^current password is incorrect/i, code: 'CURRENT_PASSWORD_INCORRECT' },
  // 403
  { status: 403, pattern: /^email (?:not verified|verification required)/i, code: 'EMAIL_NOT_VERIFIED' },
  { status: 403, pattern: /^(\w+) role required/i, code: 'INSUFFICIENT_PERMISSIONS', details: (m) => ({ required_role: m[1]?.toLowerCase() }) },
  { status: 403, pattern: /^not authorized to/i, code: 'ACCESS_DENIED' },
  // 409
  { status: 409, pattern: /^an account with this email already exists/i, code: 'DUPLICATE_RESOURCE', field: 'email' },
  { status: 409, pattern: /^this (\w+) is already taken/i, code: 'DUPLICATE_RESOURCE', field: 1 },
  { status: 409, pattern: /^pending_verification$/i, code: 'ACCOUNT_PENDING_VERIFICATION' },
  { status: [400, 409], pattern: /already (?:exists|registered)/i, code: 'DUPLICATE_RESOURCE' },
  // 429: per-operation limits, the per-player / per-user command limits, DRF throttling
  { status: 429, pattern: /^too many ([\w ]+?) (?:attempts|requests)/i, code: 'RATE_LIMIT_EXCEEDED', details: operation },
  { status: 429, pattern: /^(upload) rate limit/i, code: 'RATE_LIMIT_EXCEEDED', details: operation },
  {
    status: 429,
    pattern: /rate limit exceeded for (\w+) \((\d+) [\w ]+\/(\w+)\)/i,
    code: 'RATE_LIMIT_EXCEEDED',
    details: (m) => ({ scope: m[1], limit: Number(m[2]), window: m[3] }),
  },
  // 400
  { status: 400, pattern: /^maximum (\d+) (\w+) allowed/i, code: 'QUOTA_EXCEEDED', details: (m) => ({ limit: Number(m[1]), resource: m[2] }) },
  { status: 400, pattern: /^(\w+) is required\b/i, code: 'VALIDATION_ERROR', field: 1 },
  { status: 400, pattern: /^invalid (\w+_id)\b/i, code: 'VALIDATION_ERROR', field: 1 },
  { status: 400, pattern: /^invalid image|requires one of/i, code: 'VALIDATION_ERROR' },
  { status: 400, pattern: /^file size exceeds/i, code: 'PAYLOAD_TOO_LARGE' },
  { status: 400, pattern: /^invalid oauth state/i, code: 'OAUTH_STATE_INVALID' },
  { status: 400, pattern: /oauth error|failed to authenticate with/i, code: 'OAUTH_PROVIDER_ERROR' },
  { status: 400, pattern: /still valid for (\w+) days/i, code: 'INVALID_STATE', details: (m) => ({ days_remaining: count(m[1]) }) },
  { status: 400, pattern: /cannot be restored|is identical to/i, code: 'INVALID_STATE' },
  // 404: a code the user typed, not a page that is missing
  { status: 404, pattern: /^invalid or expired registration code/i, code: 'VALIDATION_ERROR' },
];

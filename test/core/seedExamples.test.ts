import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ErrorCategory } from '../../src/core/ErrorCategory';
import { seedKit } from '../helpers/kits';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

// What each code of the seeds means, stated here independently of the registry: [category, retryable].
const MEANING: Record<string, [ErrorCategory, boolean]> = {
  UNAUTHORIZED: ['unauthenticated', false],
  INVALID_TOKEN: ['unauthenticated', false],
  TOKEN_INVALID: ['unauthenticated', false],
  TOKEN_EXPIRED: ['unauthenticated', false],
  TOKEN_ERROR: ['unauthenticated', false],
  REFRESH_TOKEN_MISSING: ['unauthenticated', false],
  REFRESH_TOKEN_INVALID: ['unauthenticated', false],
  REFRESH_TOKEN_EXPIRED: ['unauthenticated', false],
  AUTHENTICATION_FAILED: ['unauthenticated', false],
  USER_NOT_FOUND: ['unauthenticated', false],
  OAUTH_ERROR: ['unauthenticated', false],
  OAUTH_STATE_INVALID: ['unauthenticated', false],
  OAUTH_PROVIDER_ERROR: ['unauthenticated', false],
  PIN_NOT_AUTHORIZED: ['unauthenticated', false],
  ACCESS_DENIED: ['forbidden', false],
  INSUFFICIENT_PERMISSIONS: ['forbidden', false],
  FORBIDDEN: ['forbidden', false],
  PERMISSION_DENIED: ['forbidden', false],
  AUTHORIZATION_FAILED: ['forbidden', false],
  PLAN_AUTHORIZATION_ERROR: ['forbidden', false],
  USER_INACTIVE: ['forbidden', false],
  PLAN_EXPIRED: ['payment', false],
  FEATURE_NOT_AVAILABLE: ['payment', false],
  USER_PLAN_NOT_FOUND: ['payment', false],
  VALIDATION_ERROR: ['validation', false],
  INVALID_INPUT: ['validation', false],
  INVALID_REQUEST: ['validation', false],
  BAD_REQUEST: ['validation', false],
  METHOD_NOT_ALLOWED: ['validation', false],
  NOT_FOUND: ['not-found', false],
  RESOURCE_NOT_FOUND: ['not-found', false],
  ENTITY_NOT_FOUND: ['not-found', false],
  PLAN_NOT_FOUND: ['not-found', false],
  ROLE_NOT_FOUND: ['not-found', false],
  CONFLICT: ['conflict', false],
  DUPLICATE_RESOURCE: ['conflict', false],
  INVALID_STATE: ['conflict', false],
  RATE_LIMIT_EXCEEDED: ['rate-limited', true],
  RATE_LIMITED: ['rate-limited', true],
  QUOTA_EXCEEDED: ['quota', false],
  PLEX_ERROR: ['upstream', true],
  PLEX_UNREACHABLE: ['upstream', true],
  PLEX_TIMEOUT: ['upstream', true],
  EXTERNAL_SERVICE_ERROR: ['upstream', true],
  BAD_GATEWAY: ['upstream', true],
  SERVICE_UNAVAILABLE: ['unavailable', true],
  DATABASE_CONNECTION_ERROR: ['unavailable', true],
  DATABASE_CIRCUIT_BREAKER_OPEN: ['unavailable', true],
  TIMEOUT: ['timeout', true],
  TIMEOUT_ERROR: ['timeout', true],
  DATABASE_TIMEOUT_ERROR: ['timeout', true],
  INTERNAL_ERROR: ['server', true],
  INTERNAL_SERVER_ERROR: ['server', true],
  SERVICE_ERROR: ['server', true],
  DATABASE_ERROR: ['server', true],
};

function bodyCode(body: unknown): string | undefined {
  const record = body as { error?: unknown; error_code?: unknown };
  if (typeof record.error === 'string') return record.error;
  if (typeof record.error === 'object' && record.error !== null) return (record.error as { code?: string }).code;
  return typeof record.error_code === 'string' ? record.error_code : undefined;
}

const coded = SEED_EXAMPLES.filter((example) => {
  const code = bodyCode(example.body);
  return code !== undefined && !/^ERROR_CODE/.test(code);
});

describe('a kit with its API’s preset, on every seed example that names a code', () => {
  it('covers every example body of the five seeds', () => {
    expect(SEED_EXAMPLES).toHaveLength(152);
    expect(coded).toHaveLength(86);
  });

  it.each(coded.map((example) => [`${example.seed} ${example.heading}`, example] as const))('%s', (_, example) => {
    const error = seedKit(example.seed as '000').normalize(example.body, { status: example.status, headers: example.headers, now: NOW });
    const code = bodyCode(example.body) ?? '';
    const [category, retryable] = MEANING[code] ?? ['missing from MEANING', false];
    expect(error.code).toBe(code);
    expect(error.category).toBe(category);
    expect(error.retryable).toBe(retryable);
    if (example.status !== undefined) expect(error.status).toBe(example.status);
    expect(error.message).not.toBe('');
    expect(JSON.stringify(error.details)).not.toMatch(/stack|SELECT|originalMessage|db_error/);
  });
});

// Seed 001 sends only a sentence: each row of its tables, and what it must become.
const SENTENCES: Record<string, [string, ErrorCategory, string?]> = {
  '401 Invalid email or password': ['AUTHENTICATION_FAILED', 'unauthenticated'],
  '401 User not found': ['USER_NOT_FOUND', 'unauthenticated'],
  '401 Invalid or expired refresh token': ['REFRESH_TOKEN_INVALID', 'unauthenticated'],
  '401 No refresh token found in cookie': ['REFRESH_TOKEN_MISSING', 'unauthenticated'],
  '401 Current password is incorrect': ['CURRENT_PASSWORD_INCORRECT', 'validation'],
  '403 Email not verified. Please check your email for verification link.': ['EMAIL_NOT_VERIFIED', 'forbidden'],
  '403 Email verification required to change handle.': ['EMAIL_NOT_VERIFIED', 'forbidden'],
  "403 The site owner's handle cannot be changed": ['FORBIDDEN', 'forbidden'],
  '403 Moderator role required to hide posts as moderator': ['INSUFFICIENT_PERMISSIONS', 'forbidden'],
  '403 Not authorized to modify this post': ['ACCESS_DENIED', 'forbidden'],
  '403 Post is not visible': ['FORBIDDEN', 'forbidden'],
  '409 An account with this email already exists': ['DUPLICATE_RESOURCE', 'conflict', 'email'],
  '409 An account with this email already exists. Please log in with your existing account.': ['DUPLICATE_RESOURCE', 'conflict', 'email'],
  '409 This handle is already taken': ['DUPLICATE_RESOURCE', 'conflict', 'handle'],
  '409 pending_verification': ['ACCOUNT_PENDING_VERIFICATION', 'conflict'],
  '409 Artwork already exists': ['DUPLICATE_RESOURCE', 'conflict'],
  '429 Too many registration attempts. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Too many login attempts. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Too many verification requests. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Too many password reset requests. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Upload rate limit exceeded. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Too many credential requests. Please try again later.': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Rate limit exceeded for player (300 commands/minute)': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '429 Rate limit exceeded for user (1000 commands/minute)': ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
  '400 Invalid image dimensions/format': ['VALIDATION_ERROR', 'validation'],
  '400 File size exceeds limit': ['PAYLOAD_TOO_LARGE', 'validation'],
  '400 Invalid license_id': ['VALIDATION_ERROR', 'validation', 'license_id'],
  '400 Artwork is identical to current artwork': ['INVALID_STATE', 'conflict'],
  '400 User-deleted posts cannot be restored': ['INVALID_STATE', 'conflict'],
  '400 Deleted posts cannot be restored': ['INVALID_STATE', 'conflict'],
  '404 Post not found': ['NOT_FOUND', 'not-found'],
  '413 Storage quota exceeded. Used X MB of Y MB.': ['QUOTA_EXCEEDED', 'quota'],
  '400 Maximum 128 players allowed per user': ['QUOTA_EXCEEDED', 'quota'],
  '400 Player already registered': ['DUPLICATE_RESOURCE', 'conflict'],
  '400 post_id is required for show_artwork command': ['VALIDATION_ERROR', 'validation', 'post_id'],
  '400 play_channel requires one of: channel_name, hashtag, or user_sqid': ['VALIDATION_ERROR', 'validation'],
  '400 playset_name is required for play_playset command': ['VALIDATION_ERROR', 'validation', 'playset_name'],
  '400 Certificate is still valid for X days. Renewal only available within 30 days of expiry.': ['INVALID_STATE', 'conflict'],
  '404 User not found': ['USER_NOT_FOUND', 'not-found'],
  '404 Player not found': ['NOT_FOUND', 'not-found'],
  '404 Player not found or not registered': ['NOT_FOUND', 'not-found'],
  '404 Certificates not available for this player': ['NOT_FOUND', 'not-found'],
  '404 Invalid or expired registration code': ['VALIDATION_ERROR', 'validation'],
  "404 Playset 'name' not found": ['NOT_FOUND', 'not-found'],
  '404 No registered players found': ['NOT_FOUND', 'not-found'],
  '500 Invalid MQTT configuration': ['INTERNAL_ERROR', 'server'],
  '500 Invalid player configuration': ['INTERNAL_ERROR', 'server'],
  '500 CA certificate not found': ['INTERNAL_ERROR', 'server'],
  '500 CA certificate files not found': ['INTERNAL_ERROR', 'server'],
  '500 Failed to generate certificate': ['INTERNAL_ERROR', 'server'],
  '400 Invalid OAuth state. Please try again.': ['OAUTH_STATE_INVALID', 'unauthenticated'],
  '400 GitHub OAuth error: description': ['OAUTH_PROVIDER_ERROR', 'unauthenticated'],
  '400 Failed to authenticate with GitHub: error': ['OAUTH_PROVIDER_ERROR', 'unauthenticated'],
  '500 GitHub OAuth not configured': ['INTERNAL_ERROR', 'server'],
  '500 User account not found': ['INTERNAL_ERROR', 'server'],
  '500 Failed to create user account. Please try again.': ['INTERNAL_ERROR', 'server'],
  '500 Failed to create authentication identity. Please try again.': ['INTERNAL_ERROR', 'server'],
  '500 Failed to generate authentication tokens. Please try again.': ['INTERNAL_ERROR', 'server'],
  '500 An unexpected error occurred during authentication. Please try again.': ['INTERNAL_ERROR', 'server'],
};

const sentences = SEED_EXAMPLES.filter((example) => example.seed === '001' && example.status !== undefined);

describe('the artwork preset on every sentence of seed 001', () => {
  it('has an expectation for every row of the tables', () => {
    const rows = sentences.map((example) => `${example.status} ${(example.body as { detail: string }).detail}`);
    expect(rows.filter((row) => !(row in SENTENCES))).toEqual([]);
    expect(rows).toHaveLength(60);
  });

  it.each(sentences.map((example) => [`${example.status} ${(example.body as { detail: string }).detail}`, example] as const))(
    '%s',
    (row, example) => {
      const [code, category, field] = SENTENCES[row] ?? [];
      const error = seedKit('001').normalize(example.body, { status: example.status });
      expect(error).toMatchObject({ code, category, status: example.status, dialect: 'detail' });
      expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(field ? [field] : []);
      // 5xx sentences are the server's internals: the registry's words replace them.
      if (example.status !== undefined && example.status >= 500) {
        expect(error.message).not.toBe((example.body as { detail: string }).detail);
      }
    },
  );
});

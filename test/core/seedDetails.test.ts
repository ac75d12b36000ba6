import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { fullKit, seedKit } from '../helpers/kits';

// Each seed's bodies are read as an app that speaks that API reads them, through its preset.
const normalizeError = fullKit.normalize;

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

/** The seed example under `heading` (its last part), normalized as it was sent. */
function seedExample(seed: string, heading: string, index = 0) {
  const matches = SEED_EXAMPLES.filter((example) => example.seed === seed && example.heading.endsWith(heading));
  const example = matches[index];
  if (!example) throw new Error(`no example ${seed} ${heading}`);
  return seedKit(seed as '000').normalize(example.body, { status: example.status, headers: example.headers, now: NOW });
}

describe('MediaNest (seed 000)', () => {
  it('keeps the login URL of an UNAUTHORIZED and shows its sentence', () => {
    const error = seedExample('000', '`UNAUTHORIZED`');
    expect(error).toMatchObject({ dialect: 'medianest', message: 'Authentication required. Please log in.' });
    expect(error.details).toEqual({ reason: 'missing_token', loginUrl: '/auth/plex/pin' });
  });

  it('keeps the required and current role of ACCESS_DENIED', () => {
    expect(seedExample('000', '`ACCESS_DENIED`').details).toEqual({ required_role: 'admin', current_role: 'user', resource: 'user_management' });
  });

  it('reads details.errors[] into field errors with the rejected values', () => {
    expect(seedExample('000', '`VALIDATION_ERROR`').fieldErrors).toEqual([
      { field: 'email', message: 'Invalid email format', value: 'not-an-email' },
      { field: 'tmdbId', message: 'TMDB ID must be a positive integer', value: '-1' },
    ]);
  });

  it('keeps the PIN, its expiry and the authorization link of PIN_NOT_AUTHORIZED', () => {
    const error = seedExample('000', '`PIN_NOT_AUTHORIZED`');
    expect(error.category).toBe('unauthenticated');
    expect(error.details).toMatchObject({ pin_code: 'ABCD-EFGH', expires_at: '2025-01-15T12:15:00.000Z', auth_url: 'https://plex.tv/link/?pin=ABCD-EFGH' });
  });

  it('keeps the server URL and last contact of PLEX_UNREACHABLE, with the registry words', () => {
    const error = seedExample('000', '`PLEX_UNREACHABLE`');
    expect(error.details).toEqual({ server_url: 'https://plex.local:32400', connection_error: 'ECONNREFUSED', last_successful: '2025-01-15T10:30:00.000Z' });
    // Its words are the preset's, by key; the core says the category's sentence.
    expect(error.entry).toMatchObject({ titleKey: 'plex.cannotConnect', messageKey: 'plex.checkSwitchedOn', fallback: 'plex' });
    expect(error.message).toBe('A service we rely on is not responding.');
  });

  it('reads details.retry_after of PLEX_ERROR and DATABASE_ERROR as the wait', () => {
    expect(seedExample('000', '`PLEX_ERROR`').retryAfterMs).toBe(300_000);
    expect(seedExample('000', '`DATABASE_ERROR`').retryAfterMs).toBe(60_000);
  });

  it('drops db_error from DATABASE_ERROR details', () => {
    expect(seedExample('000', '`DATABASE_ERROR`').details).toEqual({ operation: 'user_create', retry_after: 60 });
  });

  it('takes details.error_id of INTERNAL_ERROR as the support reference', () => {
    expect(seedExample('000', '`INTERNAL_ERROR`').correlationId).toBe('err_abc123xyz');
  });

  it('prefers Retry-After to the body and to X-RateLimit-Reset', () => {
    const error = seedExample('000', '`RATE_LIMIT_EXCEEDED`');
    expect(error).toMatchObject({ retryAfterMs: 300_000, retryable: true });
    expect(error.details).toMatchObject({ limit: 100, window: '15 minutes', requests_made: 101 });
  });

  it('never lets the development debug fields through', () => {
    const error = seedExample('000', 'Debug Information');
    expect(error.details).toEqual({ error: 'Connection timeout after 5000ms', timestamp: '2025-01-15T12:00:00.000Z' });
    expect(JSON.stringify(error)).not.toMatch(/SELECT|stack/);
  });

  it('reads X-Correlation-ID and X-Error-Code headers', () => {
    const error = normalizeError('', { status: 403, headers: { 'X-Error-Code': 'ACCESS_DENIED', 'X-Correlation-ID': 'req_abc123xyz' } });
    expect(error).toMatchObject({ code: 'ACCESS_DENIED', category: 'forbidden', correlationId: 'req_abc123xyz' });
  });
});

describe('Artwork / player API (seed 001)', () => {
  it('parses used and limit out of the storage quota sentence', () => {
    const error = normalizeError({ detail: 'Storage quota exceeded. Used 512.5 MB of 500 MB.' }, { status: 413 });
    expect(error).toMatchObject({ code: 'QUOTA_EXCEEDED', category: 'quota', retryable: false });
    expect(error.details).toEqual({ resource: 'storage', used: 512.5, limit: 500, unit: 'MB' });
  });

  it('names the role a moderator action needs', () => {
    expect(seedExample('001', '403 Forbidden', 3).details).toEqual({ required_role: 'moderator' });
  });

  it('reads the per-player command limit', () => {
    const error = normalizeError({ detail: 'Rate limit exceeded for player (300 commands/minute)' }, { status: 429 });
    expect(error.details).toEqual({ scope: 'player', limit: 300, window: 'minute' });
  });

  it('names the operation of a per-operation rate limit', () => {
    expect(normalizeError({ detail: 'Too many login attempts. Please try again later.' }, { status: 429 }).details).toEqual({ operation: 'login' });
  });

  it('addresses a duplicate email to the email field, keeping the sentence', () => {
    expect(seedExample('001', '409 Conflict').fieldErrors).toEqual([{ field: 'email', message: 'An account with this email already exists' }]);
  });

  it('never shows the bare pending_verification token', () => {
    const error = normalizeError({ detail: 'pending_verification' }, { status: 409 });
    expect(error.message).not.toMatch(/pending_verification/);
    expect(error.entry).toMatchObject({ code: 'ACCOUNT_PENDING_VERIFICATION', messageKey: 'account.openVerificationLink' });
  });

  it("reads the field out of MQTT's validation messages", () => {
    const error = normalizeError({ status: 'error', error_code: 'VALIDATION_ERROR', message: "Operator 'gt' not valid for boolean field 'nsfw'" });
    expect(error).toMatchObject({ dialect: 'artwork-mqtt', code: 'VALIDATION_ERROR', category: 'validation' });
    expect(error.status).toBeUndefined();
    expect(error.fieldErrors).toEqual([{ field: 'nsfw', message: "Operator 'gt' not valid for boolean field 'nsfw'" }]);
  });
});

describe('Prospects API (seed 002)', () => {
  it('reads details.fields into field errors', () => {
    expect(seedExample('002', '`VALIDATION_ERROR` (400 Bad Request)').fieldErrors).toEqual([
      { field: 'email', message: 'Invalid email format' },
      { field: 'page', message: 'Must be a positive integer' },
    ]);
  });

  it('reads the wait from Retry-After or details.retryAfter', () => {
    expect(seedExample('002', '(429 Too Many Requests)').retryAfterMs).toBe(60_000);
    expect(normalizeError({ error: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', statusCode: 429, details: { retryAfter: 15 } }).retryAfterMs).toBe(15_000);
  });

  it('takes the status the body states when the HTTP status is not known', () => {
    expect(normalizeError({ error: 'NOT_FOUND', message: 'Prospect not found', statusCode: 404 }).status).toBe(404);
  });

  it('drops originalMessage and a development stack', () => {
    const error = normalizeError({
      error: 'DATABASE_ERROR',
      message: 'Database operation failed',
      statusCode: 500,
      details: { originalMessage: 'Connection timeout' },
      stack: 'Error: Connection timeout\n    at Pool.connect (/app/node_modules/pg/lib/pool.js:45:11)',
    });
    expect(error.details).toEqual({});
    expect(JSON.stringify({ ...error, message: error.message })).not.toMatch(/Connection timeout|pool\.js/);
  });
});

describe('URL shortener (seed 003)', () => {
  it('turns body.url into url and keeps the error type', () => {
    expect(seedExample('003', 'VALIDATION_ERROR (422)').fieldErrors).toEqual([
      { field: 'url', message: 'URL validation failed: URL contains suspicious pattern: javascript:', type: 'value_error' },
    ]);
  });

  it('reads data.retry_after when no header says it', () => {
    const error = normalizeError({ success: false, data: { retry_after: 45, current_count: 31, limit: 30 }, error_code: 'RATE_LIMIT_EXCEEDED', error_message: 'Rate limit exceeded. Please try again in 45 seconds.' }, { status: 429 });
    expect(error.retryAfterMs).toBe(45_000);
    expect(error.message).toBe('Rate limit exceeded. Please try again in 45 seconds.');
  });

  it('does not take a success response for an error code', () => {
    expect(seedExample('003', 'Success Response').code).toBe('UNKNOWN_ERROR');
  });
});

describe('SaaS with plans (seed 004)', () => {
  it('keeps the quota numbers and period of QUOTA_EXCEEDED, never retrying it', () => {
    const error = seedExample('004', 'QUOTA_EXCEEDED (429 Too Many Requests)');
    expect(error).toMatchObject({ category: 'quota', retryable: false, status: 429 });
    expect(error.details).toEqual({ feature: 'ai_generation', limit: 100, used: 150, period: 'monthly' });
  });

  it('reads context.errors[] with their types', () => {
    expect(seedExample('004', 'VALIDATION_ERROR (422 Unprocessable Entity)', 1).fieldErrors).toEqual([
      { field: 'email', message: "'email' must be a valid email address.", type: 'email_type' },
      { field: 'password', message: "'password' is too short.", type: 'string_too_short' },
    ]);
  });

  it('keeps an invalid JSON body as a form-level error', () => {
    const error = seedExample('004', 'VALIDATION_ERROR (422 Unprocessable Entity)', 3);
    expect(error.fieldErrors).toEqual([{ field: '', message: expect.stringMatching(/invalid JSON/) as unknown as string, type: 'json_invalid' }]);
  });

  it('turns a single-field domain error into a field error with its value', () => {
    expect(seedExample('004', 'Domain Errors > VALIDATION_ERROR (400)').fieldErrors).toEqual([
      { field: 'email', message: 'Invalid email format', value: 'invalid' },
    ]);
  });

  it('keeps the missing permission of PERMISSION_DENIED', () => {
    expect(seedExample('004', 'PERMISSION_DENIED').details).toEqual({ permission: 'admin.write' });
  });

  it('reads USER_NOT_FOUND as not-found at 404', () => {
    expect(normalizeError({ success: false, error: { code: 'USER_NOT_FOUND', message: 'User not found.' } }, { status: 404 }).category).toBe('not-found');
  });

  it('keeps the state transition of INVALID_STATE', () => {
    expect(seedExample('004', 'INVALID_STATE (422)').details).toEqual({ current_state: 'completed', expected_states: ['pending', 'processing'] });
  });
});

import { describe, expect, it } from 'vitest';
import { genericJson, googleRpc, jsonApi } from '../../src/dialects';
import { medianestDialect as medianest } from '../../src/presets/medianest/index';
import { groupFieldErrors } from '../../src/core/groupFieldErrors';
import { createNormalizer } from '../../src/core/normalize/createNormalizer';
import { fullKit } from '../helpers/kits';

// The seeds' envelopes are read as an app that speaks them reads them: with their presets.
const normalizeError = fullKit.normalize;

const retryInfo = (retryDelay: unknown) => ({
  error: {
    code: 429,
    message: "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute'.",
    status: 'RESOURCE_EXHAUSTED',
    details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay }],
  },
});

describe('google.rpc RetryInfo as a protobuf Duration object', () => {
  it('waits seconds plus nanos, in ms', () => {
    expect(normalizeError(retryInfo({ seconds: 2, nanos: 500_000_000 })).retryAfterMs).toBe(2500);
  });

  it('waits whole seconds when nanos are absent, seconds given as a string (proto3 JSON int64)', () => {
    expect(normalizeError(retryInfo({ seconds: '3' })).retryAfterMs).toBe(3000);
  });

  it('reads a Duration string, and states no wait for one that is not a number of seconds', () => {
    expect(normalizeError(retryInfo('1.5s')).retryAfterMs).toBe(1500);
    expect(googleRpc(retryInfo('soon'), 'application/json')?.retryAfterMs).toBeUndefined();
    expect(normalizeError(retryInfo('soon')).retryAfterMs).toBeUndefined();
  });

  it('states no wait for a Duration without seconds', () => {
    expect(googleRpc(retryInfo({ nanos: 250_000_000 }), 'application/json')?.retryAfterMs).toBeUndefined();
    expect(normalizeError(retryInfo({ nanos: 250_000_000 })).retryAfterMs).toBeUndefined();
  });
});

describe('google.rpc QuotaFailure', () => {
  it('keeps the quota violations in details', () => {
    const violations = [{ subject: 'project:my-project-123', description: 'Daily Limit for Queries exceeded' }];
    const body = {
      error: {
        code: 429,
        message: 'Quota exceeded.',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations }],
      },
    };
    expect(normalizeError(body).details).toEqual({ violations });
  });
});

describe('JSON:API by its content type', () => {
  const vnd = { 'Content-Type': 'application/vnd.api+json' };

  it('reads errors that carry a message member when the response says it is JSON:API', () => {
    const body = { errors: [{ status: '403', message: 'Forbidden', detail: 'You cannot edit an article you did not write.' }] };
    const error = createNormalizer({ dialects: [jsonApi] })(body, { headers: vnd });
    expect(error).toMatchObject({ dialect: 'json:api', status: 403, code: 'FORBIDDEN', message: 'You cannot edit an article you did not write.' });
  });

  it('does not read an empty errors list as JSON:API, whatever the content type', () => {
    const error = createNormalizer({ dialects: [jsonApi] })({ errors: [], meta: { requestId: 'r-17' } }, { status: 500, headers: vnd });
    expect(error).toMatchObject({ dialect: 'unknown', code: 'INTERNAL_ERROR', status: 500 });
    expect(jsonApi({ errors: [] }, 'application/vnd.api+json')).toBeUndefined();
  });

  it('names a relationship field by its own name, without the /data/relationships prefix', () => {
    const body = { errors: [{ status: '422', title: 'Invalid Relationship', detail: 'Author must exist.', source: { pointer: '/data/relationships/author' } }] };
    expect(normalizeError(body, { status: 422, headers: vnd }).fieldErrors).toEqual([{ field: 'author', message: 'Author must exist.' }]);
  });
});

describe('field error lists', () => {
  it('reads plain sentences in a field list as form-level errors, trimmed, skipping blank ones', () => {
    const body = { success: false, error: { code: 'VALIDATION_ERROR', message: 'Validation failed', details: { errors: ['  Passwords do not match.  ', '   '] } } };
    expect(medianest(body, 'application/json')?.fieldErrors).toEqual([{ field: '', message: 'Passwords do not match.' }]);
    expect(normalizeError(body, { status: 400 }).fieldErrors).toEqual([{ field: '', message: 'Passwords do not match.' }]);
  });

  it('reads an entry without any location as a form-level error', () => {
    const body = { success: false, error: { code: 'VALIDATION_ERROR', message: 'Validation failed', details: { errors: [{ message: 'Start date must be before end date.' }] } } };
    expect(normalizeError(body, { status: 400 }).fieldErrors).toEqual([{ field: '', message: 'Start date must be before end date.' }]);
  });

  it('reads a numeric location (a row index) as that field', () => {
    const body = { success: false, error: { code: 'VALIDATION_ERROR', message: 'Import failed', details: { errors: [{ field: 3, message: 'Row 4 has no email address.' }] } } };
    expect(normalizeError(body, { status: 400 }).fieldErrors).toEqual([{ field: '3', message: 'Row 4 has no email address.' }]);
  });
});

describe('an error given as a bare string', () => {
  it('reads {error: "…"} as the message, trimmed', () => {
    expect(genericJson({ error: '  Invalid API key.  ' }, 'application/json')?.message).toBe('Invalid API key.');
    expect(normalizeError({ error: '  Invalid API key.  ' }, { status: 401 }).message).toBe('Invalid API key.');
  });

  it('falls back to the first of a list of sentences when the error string is blank', () => {
    expect(normalizeError({ error: '   ', errors: ['Invalid API key.'] }, { status: 401 }).message).toBe('Invalid API key.');
  });
});

describe('field error maps', () => {
  it('reads a single sentence for a field (not in a list) as that field’s error', () => {
    const body = { error: 'VALIDATION_ERROR', message: 'Validation failed', statusCode: 400, details: { fields: { email: 'Email is already registered.' } } };
    expect(normalizeError(body).fieldErrors).toEqual([{ field: 'email', message: 'Email is already registered.' }]);
  });

  it('reads DRF ErrorDetail objects ({message, code}) under their field', () => {
    const body = { email: [{ message: 'Enter a valid email address.', code: 'invalid' }], password: ['This password is too short.'] };
    expect(normalizeError(body, { status: 400 }).fieldErrors).toEqual([
      { field: 'email', message: 'Enter a valid email address.' },
      { field: 'password', message: 'This password is too short.' },
    ]);
  });
});

describe('groupFieldErrors', () => {
  it('groups each field’s messages in order, the form-level ones under the empty name', () => {
    const grouped = groupFieldErrors([
      { field: 'email', message: 'Email is required.' },
      { field: '', message: 'Passwords do not match.' },
      { field: 'email', message: 'Email must be a valid address.' },
      { field: 'name', message: 'Name is too long.' },
    ]);
    expect([...grouped]).toEqual([
      ['email', ['Email is required.', 'Email must be a valid address.']],
      ['', ['Passwords do not match.']],
      ['name', ['Name is too long.']],
    ]);
  });

  it('gives an empty map for no field errors', () => {
    expect(groupFieldErrors([]).size).toBe(0);
  });
});

describe('waits stated in a body', () => {
  it('honours a stated wait of 0 ms', () => {
    const body = { success: false, error: { code: 'RATE_LIMITED', message: 'Too many requests', details: { retryAfterMs: 0 } } };
    expect(normalizeError(body, { status: 429 }).retryAfterMs).toBe(0);
  });

  it('skips a negative wait in one place for a usable one in the next', () => {
    const body = { error: 'RATE_LIMITED', message: 'Too many requests', statusCode: 429, details: { retryAfterMs: -250 }, retry_after_ms: 1500 };
    expect(normalizeError(body).retryAfterMs).toBe(1500);
  });
});

describe('Retry-After as an rfc850 date', () => {
  it('reads a two-digit year more than 50 years ahead as the past century’s: a date long gone, no wait', () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 0);
    const error = normalizeError({ message: 'Slow down' }, { status: 503, now, headers: { 'Retry-After': 'Sunday, 06-Nov-94 08:49:37 GMT' } });
    expect(error.retryAfterMs).toBe(0);
  });

  it('reads a two-digit year within 50 years as this century’s', () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 0);
    const error = normalizeError({ message: 'Slow down' }, { status: 503, now, headers: { 'Retry-After': 'Friday, 27-Nov-26 12:00:30 GMT' } });
    expect(error.retryAfterMs).toBe(30_000);
  });
});

describe('details with members that cannot be read', () => {
  /** An object of 50 members whose getters throw, as a revoked or hostile object's would. */
  const unreadable = () =>
    Object.defineProperties(
      {},
      Object.fromEntries(
        Array.from({ length: 50 }, (_, index) => [
          `field${index}`,
          {
            enumerable: true,
            get(): never {
              throw new Error('revoked');
            },
          },
        ]),
      ),
    );

  it('skips the members that throw without letting them use up the size bound: the readable ones are kept', () => {
    const details = { a: unreadable(), b: unreadable(), c: unreadable(), d: unreadable(), e: unreadable(), f: unreadable(), plan: 'pro', limit: 100 };
    const error = normalizeError({ success: false, error: { code: 'PLAN_LIMIT_REACHED', message: 'Your plan allows 100 projects.', details } }, { status: 403 });
    expect(error.details).toMatchObject({ plan: 'pro', limit: 100 });
    expect(error.details['a']).toEqual({});
  });
});

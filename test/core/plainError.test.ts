import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ApiError } from '../../src/core/ApiError';
import type { ErrorKit } from '../../src/core/kit/createErrorKit';
import { fromPlainError } from '../../src/core/plain/fromPlainError';
import { isPlainApiError } from '../../src/core/plain/PlainApiError';
import { toPlainError } from '../../src/core/plain/toPlainError';
import { readFacts } from '../../src/core/screen/facts';
import { STANDARD_FACTS } from '../../src/core/screen/standardFacts';
import { supportReference } from '../../src/core/screen/supportReference';
import { fullKit, seedKit } from '../helpers/kits';

// An ApiError crosses from a server to a browser as plain data (a server component's props, a
// server action's result): what a fallback shows survives the trip, nothing else makes it.

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

/** Through JSON and back, as React sends a server action's result or a client component's props. */
function acrossTheLine(error: ApiError, kit: ErrorKit): ApiError {
  return fromPlainError(JSON.parse(JSON.stringify(toPlainError(error, kit))) as unknown, kit);
}

/** What a fallback shows of an error: what must survive the trip. */
function shown(error: ApiError, kit: ErrorKit) {
  return {
    code: error.code,
    category: error.category,
    status: error.status,
    message: error.message,
    serverMessage: error.serverMessage,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    reference: supportReference(error),
    fieldErrors: error.fieldErrors.map(({ field, message, type }) => ({ field, message, type })),
    facts: [...STANDARD_FACTS, ...kit.facts].map((list) => readFacts(error, list)),
  };
}

describe('toPlainError and fromPlainError', () => {
  it.each(SEED_EXAMPLES.map((example, index) => [`${example.seed} ${example.heading}`, index] as const))('keep what a fallback shows of seed example %s', (_name, index) => {
    const example = SEED_EXAMPLES[index];
    if (!example) throw new Error('no example');
    const kit = seedKit(example.seed as '000');
    const error = kit.normalize(example.body, { status: example.status, headers: example.headers, now: NOW });
    const plain = toPlainError(error, kit);
    expect(isPlainApiError(plain)).toBe(true);
    expect(shown(acrossTheLine(error, kit), kit)).toEqual(shown(error, kit));
  });

  it('carry no body, header, cause, stack, debug field, echoed value or secret', () => {
    const kit = fullKit;
    const error = kit.normalize(
      {
        error: { code: 'VALIDATION_ERROR', message: 'Check the form.', details: { stack: 'at db.query (/srv/app/db.js:12:3)', sql: 'SELECT * FROM users', internal_host: 'db.corp.internal', required_role: 'admin', apiKey: 'sk_live_abcdefghijklmnop' } },
        errors: [{ field: 'password', message: 'Too short', value: 'hunter2-secret' }],
      },
      { status: 422, headers: { 'x-request-id': 'sk_live_51HqLyjWDarjtT1zdp7dc', 'set-cookie': 'session=abc' } },
    );
    const text = JSON.stringify(toPlainError(error, kit));
    for (const leak of ['hunter2', 'db.js', 'SELECT', 'corp.internal', 'sk_live', 'session=abc', 'stack', 'cause']) expect(text).not.toContain(leak);
    // What an allow-list names does cross.
    expect(toPlainError(error, kit).details).toEqual({ required_role: 'admin' });
  });

  it('throw a framework’s control flow on, for the framework', () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' });
    expect(() => toPlainError(redirect, fullKit)).toThrow(redirect);
  });

  it('read a response shaped like a plain error as screened as any body', () => {
    const forged = {
      $apiError: 1,
      code: 'VALIDATION_ERROR',
      category: 'unauthenticated',
      message: 'ignored',
      retryable: true,
      status: 422,
      serverMessage: 'Error at /srv/app/users.py line 12: SELECT * FROM users',
      fieldErrors: [{ field: 'email', message: 'psql: relation "users" does not exist', value: 'x' }],
      correlationId: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc',
      details: { token: 'sk_live_abcdefghijklmnop', service: 'billing' },
    };
    const read = fromPlainError(forged, fullKit);
    // The kit's registry decides the category, never the sender.
    expect(read.category).toBe('validation');
    expect(read.serverMessage).toBeUndefined();
    expect(read.fieldErrors).toEqual([{ field: 'email', message: 'This value is not valid.' }]);
    expect(supportReference(read)).toBeUndefined();
    expect(toPlainError(read, fullKit).details).toEqual({ service: 'billing' });
  });

  test.prop([fc.anything()])('never throw on anything handed over', (value) => {
    expect(() => fromPlainError(value, fullKit)).not.toThrow();
    expect(() => toPlainError(value, fullKit)).not.toThrow();
  });

  const word = fc.stringMatching(/^[a-z]{3,10}$/);
  const sentence = fc.array(word, { minLength: 2, maxLength: 8 }).map((words) => `${words.join(' ')}.`.replace(/^./, (letter) => letter.toUpperCase()));
  const body = fc.record({
    status: fc.constantFrom(400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503, 504),
    code: fc.option(fc.constantFrom('VALIDATION_ERROR', 'TOKEN_EXPIRED', 'ACCESS_DENIED', 'QUOTA_EXCEEDED', 'RATE_LIMIT_EXCEEDED', 'NOT_FOUND', 'SERVICE_UNAVAILABLE', 'SOMETHING_ELSE'), { nil: undefined }),
    message: fc.option(fc.oneof(sentence, fc.string()), { nil: undefined }),
    fields: fc.array(fc.record({ field: fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a}.${b}`), fc.string()), message: fc.oneof(sentence, fc.string()) }), { maxLength: 5 }),
    details: fc.dictionary(fc.oneof(fc.constantFrom('required_role', 'used', 'limit', 'period', 'window', 'service', 'feature', 'plan', 'expected_states', 'conflict_value'), word), fc.oneof(word, fc.integer({ min: 0, max: 10_000 }), fc.array(word, { maxLength: 3 }), fc.string()), { maxKeys: 6 }),
    retryAfter: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }),
    requestId: fc.option(fc.oneof(fc.uuid(), fc.string()), { nil: undefined }),
  });

  test.prop([body], { numRuns: 300 })('keep what a fallback shows, for any body a server sends', ({ status, code, message, fields, details, retryAfter, requestId }) => {
    const headers: Record<string, string> = {};
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    if (requestId !== undefined) headers['x-request-id'] = requestId;
    const error = fullKit.normalize({ error: { code, message, details }, errors: fields }, { status, headers, now: NOW });
    const plain = toPlainError(error, fullKit);
    // Plain data: JSON says all of it.
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect(shown(acrossTheLine(error, fullKit), fullKit)).toEqual(shown(error, fullKit));
  });
});

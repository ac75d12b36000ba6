import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES } from '../../src/core/ErrorCategory';
import { isApiError } from '../../src/core/isApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import type { ApiError } from '../../src/core/ApiError';

function expectWellFormed(error: ApiError) {
  expect(isApiError(error)).toBe(true);
  expect(typeof error.code).toBe('string');
  expect(error.code.length).toBeGreaterThan(0);
  expect(ERROR_CATEGORIES).toContain(error.category);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/<[a-z/]/i);
  expect(typeof error.retryable).toBe('boolean');
  expect(typeof error.dialect).toBe('string');
  expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
  for (const fieldError of error.fieldErrors) {
    expect(typeof fieldError.field).toBe('string');
    expect(typeof fieldError.message).toBe('string');
  }
  if (error.retryAfterMs !== undefined) expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
  if (error.status !== undefined) expect(Number.isInteger(error.status)).toBe(true);
}

const statuses = fc.option(fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer()), { nil: undefined });
const headers = fc.option(fc.dictionary(fc.constantFrom('retry-after', 'x-ratelimit-reset', 'x-ratelimit-remaining', 'ratelimit', 'content-type', 'x-error-code', 'x-request-id'), fc.string()), { nil: undefined });

describe('normalizeError never throws', () => {
  test.prop([fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true })], { numRuns: 500 })(
    'on any value',
    (value) => {
      expectWellFormed(normalizeError(value));
    },
  );

  test.prop([fc.json(), statuses, headers], { numRuns: 500 })('on any JSON text, status and headers', (json, status, headerValues) => {
    expectWellFormed(normalizeError(json, { status, headers: headerValues }));
  });

  test.prop([fc.jsonValue(), statuses], { numRuns: 500 })('on any parsed JSON', (value, status) => {
    expectWellFormed(normalizeError(value, { status }));
  });

  test.prop([fc.string({ unit: 'grapheme' }), statuses], { numRuns: 300 })('on any string', (text, status) => {
    expectWellFormed(normalizeError(text, { status }));
  });

  // Shapes close to real dialects, with arbitrary values where strings should be.
  const nearMiss = fc.oneof(
    fc.record({ success: fc.boolean(), error: fc.record({ code: fc.anything(), message: fc.anything(), details: fc.anything(), context: fc.anything() }) }),
    fc.record({ error: fc.anything(), message: fc.anything(), statusCode: fc.anything(), details: fc.anything() }),
    fc.record({ error_code: fc.anything(), error_message: fc.anything(), data: fc.anything() }),
    fc.record({ detail: fc.anything() }),
    fc.record({ errors: fc.array(fc.anything()), data: fc.anything() }),
    fc.record({ error: fc.record({ code: fc.integer(), status: fc.anything(), details: fc.array(fc.record({ '@type': fc.string(), retryDelay: fc.anything(), fieldViolations: fc.anything() })) }) }),
    fc.record({ type: fc.anything(), title: fc.anything(), status: fc.anything(), errors: fc.anything(), 'invalid-params': fc.anything() }),
  );
  test.prop([nearMiss, statuses], { numRuns: 500 })('on values shaped almost like a dialect', (value, status) => {
    expectWellFormed(normalizeError(value, { status }));
  });
});

describe('normalizeError on hostile input', () => {
  it('keeps __proto__ keys inert', () => {
    const error = normalizeError('{"success":false,"error":{"code":"X","message":"m","details":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
    expect((error.details as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('survives cyclic objects', () => {
    const details: Record<string, unknown> = { a: 1 };
    details['self'] = details;
    details['list'] = [details, details];
    const error = normalizeError({ success: false, error: { code: 'CONFLICT', message: 'Loop', details } }, { status: 409 });
    expect(error.code).toBe('CONFLICT');
    expect(error.details['a']).toBe(1);
  });

  it('survives throwing getters', () => {
    const body = {
      get error(): never {
        throw new Error('getter');
      },
      detail: 'Post not found',
    };
    expect(normalizeError(body, { status: 404 })).toMatchObject({ code: 'NOT_FOUND', message: 'Post not found' });
  });

  it('survives a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectWellFormed(normalizeError(proxy, { status: 500 }));
  });

  it('reads a 5 MB body in bounded time', () => {
    const huge = JSON.stringify({ detail: 'x'.repeat(5 * 1024 * 1024) });
    const started = performance.now();
    const error = normalizeError(huge, { status: 400 });
    expect(performance.now() - started).toBeLessThan(2000);
    expectWellFormed(error);
    expect(error.message.length).toBeLessThanOrEqual(300);
  });

  it('reads 10,000-deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expectWellFormed(normalizeError(deep, { status: 400 }));
    let nested: Record<string, unknown> = { message: 'bottom' };
    for (let i = 0; i < 10_000; i++) nested = { details: nested, errors: { field: nested } };
    expectWellFormed(normalizeError({ success: false, error: { code: 'VALIDATION_ERROR', message: 'Deep', details: nested } }, { status: 400 }));
    expectWellFormed(normalizeError(nested, { status: 422 }));
  });

  it('reads a wide object in bounded time', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 50_000; i++) wide[`field${i}`] = ['required'];
    const started = performance.now();
    expectWellFormed(normalizeError(wide, { status: 400 }));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/core/ApiError';
import { normalizeError } from '../src/core/normalize/normalizeError';
import { isApiError } from '../src/core/isApiError';

const init = { code: 'TOKEN_EXPIRED', category: 'unauthenticated', message: 'Your session has expired.', retryable: false } as const;

describe('ApiError', () => {
  it('is an Error named ApiError that keeps the original in cause', () => {
    const body = { success: false };
    const error = new ApiError({ ...init, status: 401, cause: body });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('Your session has expired.');
    expect(error.cause).toBe(body);
    expect(String(error)).toBe('ApiError: Your session has expired.');
  });

  it('lets a subclass name itself, as Error subclasses do', () => {
    class CheckoutError extends ApiError {
      constructor() {
        super(init);
        (this as { name: string }).name = 'CheckoutError';
      }
    }
    expect(new CheckoutError().name).toBe('CheckoutError');
    expect(Object.getOwnPropertyDescriptor(ApiError.prototype, 'name')).toMatchObject({ value: 'ApiError', writable: true, configurable: true, enumerable: false });
  });

  it('fills the contract defaults: no field errors, empty details, unknown dialect', () => {
    const error = new ApiError(init);
    expect(error.fieldErrors).toEqual([]);
    expect(error.details).toEqual({});
    expect(error.dialect).toBe('unknown');
    expect('status' in error).toBe(false);
    expect('retryAfterMs' in error).toBe(false);
    expect('correlationId' in error).toBe(false);
  });

  it('keeps optional fields it is given', () => {
    const error = new ApiError({ ...init, status: 429, retryAfterMs: 5000, correlationId: 'req_1', details: { limit: 100 } });
    expect(error).toMatchObject({ status: 429, retryAfterMs: 5000, correlationId: 'req_1', details: { limit: 100 } });
  });

  it('copies field errors so later changes to the input do not leak in', () => {
    const fieldErrors = [{ field: 'email', message: 'Invalid email format' }];
    const error = new ApiError({ ...init, fieldErrors });
    fieldErrors.push({ field: 'name', message: 'Required' });
    expect(error.fieldErrors).toHaveLength(1);
  });
});

describe('isApiError', () => {
  it('recognises ApiErrors', () => {
    expect(isApiError(new ApiError(init))).toBe(true);
  });

  it('recognises an ApiError from another copy of the kit by its brand and its fields', () => {
    const fields = { code: 'UNAUTHORIZED', category: 'unauthenticated', retryable: false, fieldErrors: [], details: {}, dialect: 'json' };
    const foreign = Object.assign(new Error('Sign in again.'), { [Symbol.for('api-error-kit.ApiError')]: true }, fields);
    expect(isApiError(foreign)).toBe(true);
    expect(isApiError(Object.assign(new Error('x'), { [Symbol.for('api-error-kit.ApiError')]: true }))).toBe(false);
    expect(isApiError({ ...foreign, [Symbol.for('api-error-kit.ApiError')]: true, category: 'made-up', message: 'x' })).toBe(false);
  });

  it('is not fooled by a forged brand: a proxy that answers true to everything', () => {
    const forged = new Proxy({}, { get: () => true, has: () => true, getOwnPropertyDescriptor: () => ({ value: true, configurable: true, enumerable: true, writable: true }) });
    expect(isApiError(forged)).toBe(false);
    // And so the helpers that take whatever is thrown still answer.
    expect(normalizeError(forged).code).toBe('UNKNOWN_ERROR');
  });

  it.each([null, undefined, 0, 'ApiError', new Error('plain'), { code: 'UNAUTHORIZED', name: 'ApiError' }])(
    'rejects %s',
    (value) => {
      expect(isApiError(value)).toBe(false);
    },
  );

  it('returns false for a proxy whose every read throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(isApiError(hostile)).toBe(false);
  });
});

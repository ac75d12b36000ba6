import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, normalizeError } from '../../src/core';
import { API_ERROR_BRAND } from '../../src/core/ApiError';
import { cut } from '../../src/core/internal/cut';
import { get, list, pick, text, toNumber, toStatus } from '../../src/core/internal/read';

describe('reading untrusted response values', () => {
  it('reads own properties only, of objects only', () => {
    expect(get({ code: 'E1' }, 'code')).toBe('E1');
    expect(get(null, 'code')).toBeUndefined();
    expect(get('code', 'length')).toBeUndefined();
    expect(get(42, 'toFixed')).toBeUndefined();
    expect(get({}, 'constructor')).toBeUndefined();
    expect(get(Object.create({ inherited: 'x' }), 'inherited')).toBeUndefined();
  });

  it('reads a throwing getter as nothing', () => {
    const body = Object.defineProperty({}, 'message', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(get(body, 'message')).toBeUndefined();
    expect(text(body, 'message')).toBeUndefined();
  });

  it('takes the first usable text among keys, trimmed, numbers written out', () => {
    expect(text({ code: '  E42  ' }, 'code')).toBe('E42');
    expect(text({ code: '   ', error_code: 'E7' }, 'code', 'error_code')).toBe('E7');
    expect(text({ code: 404 }, 'code')).toBe('404');
    expect(text({ code: Number.NaN, id: 'x' }, 'code', 'id')).toBe('x');
    expect(text({ code: Infinity }, 'code')).toBeUndefined();
    expect(text({ code: true }, 'code')).toBeUndefined();
  });

  it('reads numbers from numbers and numeric strings, spaces allowed', () => {
    expect(toNumber(' 30 ')).toBe(30);
    expect(toNumber('   ')).toBeUndefined();
    expect(toNumber('thirty')).toBeUndefined();
    expect(toNumber(Infinity)).toBeUndefined();
  });

  it('reads an HTTP status from 100 to 599 only, whole numbers only', () => {
    expect(toStatus('404')).toBe(404);
    expect(toStatus(100)).toBe(100);
    expect(toStatus(599)).toBe(599);
    expect(toStatus(99)).toBeUndefined();
    expect(toStatus(600)).toBeUndefined();
    expect(toStatus(404.5)).toBeUndefined();
    expect(toStatus(undefined)).toBeUndefined();
  });

  it('copies own entries into a fresh record, leaving __proto__ as inert data', () => {
    const body = JSON.parse('{"__proto__": {"admin": true}, "limit": 10, "secret": "x"}') as unknown;
    const copy = pick(body, new Set(['secret']));
    expect(Object.keys(copy)).toEqual(['__proto__', 'limit']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { admin?: unknown }).admin).toBeUndefined();
    expect(copy.limit).toBe(10);
    // The copy is plain data the kit can change without touching the response.
    copy.limit = 11;
    expect(copy.limit).toBe(11);
    delete copy.limit;
    expect('limit' in copy).toBe(false);
    expect(pick({ a: 1, b: 2, c: 3 }, new Set(), 2)).toEqual({ a: 1, b: 2 });
    expect(pick(['a'], new Set())).toEqual({});
  });
});

describe('cutting text to a bound', () => {
  it('leaves text within the bound alone, and cuts longer text to the bound', () => {
    expect(cut('abc', 3)).toBe('abc');
    // Text that already fits is left whole, even when it ends in half a pair.
    expect(cut('ab\ud83d', 3)).toBe('ab\ud83d');
    expect(cut('abcd', 3)).toBe('abc');
  });

  it('never leaves half an emoji at the cut', () => {
    expect(cut('ab😀', 3)).toBe('ab');
    expect(cut('a😀b', 3)).toBe('a😀');
    // The first and last high surrogates.
    expect(cut(`ab${String.fromCodePoint(0x10000)}`, 3)).toBe('ab');
    expect(cut(`ab${String.fromCodePoint(0x10ffff)}`, 3)).toBe('ab');
    // A character just below the surrogates, and a lone low surrogate, are cut as they are.
    expect(cut('ab\ud7ffc', 3)).toBe('ab\ud7ff');
    expect(cut('ab\udc00c', 3)).toBe('ab\udc00');
  });
});

describe('text and lists from untrusted values', () => {
  it('skips blank text for the next key', () => {
    expect(text({ message: '   ' }, 'message')).toBeUndefined();
    expect(text({ message: '  ', detail: ' Not found ' }, 'message', 'detail')).toBe('Not found');
  });

  it('caps a list', () => {
    expect(list(Array.from({ length: 150 }, (_, index) => index))).toHaveLength(100);
    expect(list([1, 2, 3, 4], 3)).toEqual([1, 2, 3]);
  });
});

describe('isApiError on values that are not one', () => {
  const real = normalizeError({ message: 'Not found' }, { status: 404 });

  it('is false for primitives and null, true for an ApiError', () => {
    expect(isApiError(null)).toBe(false);
    expect(isApiError('ApiError')).toBe(false);
    expect(isApiError(undefined)).toBe(false);
    expect(isApiError(real)).toBe(true);
    expect(real).toBeInstanceOf(ApiError);
  });

  it('takes a copy from another install by its brand and fields, but not a brand behind a getter', () => {
    const copy = { code: real.code, category: real.category, message: real.message, retryable: real.retryable, fieldErrors: [], details: {} };
    expect(isApiError({ ...copy, [API_ERROR_BRAND]: true })).toBe(true);
    expect(isApiError(copy)).toBe(false);
    expect(isApiError(Object.defineProperty({ ...copy }, API_ERROR_BRAND, { get: () => true }))).toBe(false);
  });

  it.each([
    ['a code that is not text', { code: 404 }],
    ['an unknown category', { category: 'teapot' }],
    ['a message that is not text', { message: { text: 'Not found' } }],
    ['retryable as text', { retryable: 'false' }],
    ['field errors that are not a list', { fieldErrors: { email: 'Taken' } }],
    ['details that are text', { details: 'none' }],
    ['null details', { details: null }],
  ])('refuses a branded copy with %s, so helpers given it never throw', (_, broken) => {
    const copy = { code: real.code, category: real.category, message: real.message, retryable: real.retryable, fieldErrors: [], details: {} };
    expect(isApiError({ ...copy, ...broken, [API_ERROR_BRAND]: true })).toBe(false);
  });

  it('is false, not a throw, for a proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(isApiError(hostile)).toBe(false);
  });
});

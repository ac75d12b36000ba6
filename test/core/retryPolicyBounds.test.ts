import { afterEach, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';

const serverError = () => normalizeError({ detail: 'Internal Server Error' }, { status: 500 });
const networkFailure = () => new TypeError('Failed to fetch');

describe('createRetryPolicy maxRetries', () => {
  it('retries a server error as many times as maxRetries says', () => {
    const policy = createRetryPolicy({ maxRetries: 5 });
    expect([0, 1, 2, 3, 4, 5].map((count) => policy.retry(count, serverError()))).toEqual([true, true, true, true, true, false]);
  });

  it('accepts 0: no retry at all', () => {
    expect(createRetryPolicy({ maxRetries: 0 }).retry(0, serverError())).toBe(false);
  });

  it('accepts 100, the most it allows', () => {
    const policy = createRetryPolicy({ maxRetries: 100 });
    expect(policy.retry(99, serverError())).toBe(true);
    expect(policy.retry(100, serverError())).toBe(false);
  });

  it.each([-1, 101, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses maxRetries %s with a RangeError naming the option', (maxRetries) => {
    expect(() => createRetryPolicy({ maxRetries })).toThrow(RangeError);
    expect(() => createRetryPolicy({ maxRetries })).toThrow(`api-error-kit: maxRetries must be a whole number from 0 to 100, not ${String(maxRetries)}.`);
  });
});

describe('createRetryPolicy options that are not functions', () => {
  it('refuses an isOnline that is not a function, saying so', () => {
    expect(() => createRetryPolicy({ isOnline: true as unknown as () => boolean })).toThrow(new TypeError('api-error-kit: isOnline must be a function.'));
  });

  it('refuses a random that is not a function, saying so', () => {
    expect(() => createRetryPolicy({ random: 0.5 as unknown as () => number })).toThrow(new TypeError('api-error-kit: random must be a function returning a number in [0, 1).'));
  });
});

// Without an isOnline option, the policy asks the browser (navigator.onLine); where there is no
// navigator (Node, a worker without one), it takes the network to be up.
describe('createRetryPolicy without isOnline', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const setNavigator = (value: unknown) => Object.defineProperty(globalThis, 'navigator', { value, configurable: true, writable: true });

  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else Reflect.deleteProperty(globalThis, 'navigator');
  });

  it('keeps retrying a network error while the browser says it is offline', () => {
    setNavigator({ onLine: false });
    const policy = createRetryPolicy();
    expect(policy.retry(10, networkFailure())).toBe(true);
    // Other failures still count their attempts.
    expect(policy.retry(3, serverError())).toBe(false);
  });

  it('counts network attempts while the browser says it is online', () => {
    setNavigator({ onLine: true });
    const policy = createRetryPolicy();
    expect(policy.retry(2, networkFailure())).toBe(true);
    expect(policy.retry(3, networkFailure())).toBe(false);
  });

  it('counts network attempts where there is no navigator', () => {
    setNavigator(undefined);
    const policy = createRetryPolicy();
    expect(policy.retry(2, networkFailure())).toBe(true);
    expect(policy.retry(3, networkFailure())).toBe(false);
  });

  it('counts network attempts when the navigator does not say (onLine absent)', () => {
    setNavigator({ userAgent: 'Node.js' });
    expect(createRetryPolicy().retry(3, networkFailure())).toBe(false);
  });
});

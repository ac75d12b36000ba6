import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { genericJson } from '../../src/dialects';
import { automaticRetryDelay, MAX_TIMER_MS } from '../../src/core/retry/backoff';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';
import { selfRetryDelay } from '../../src/core/retry/selfRetry';

const serverError = () => normalizeError({ detail: 'Internal Server Error' }, { status: 500 });

describe('the timing options a retry policy accepts', () => {
  it.each(['minDelayMs', 'baseDelayMs', 'maxDelayMs'] as const)('takes %s from 0 to the longest timer, and nothing else', (name) => {
    expect(() => createRetryPolicy({ [name]: 0 })).not.toThrow();
    expect(() => createRetryPolicy({ [name]: MAX_TIMER_MS })).not.toThrow();
    for (const bad of [-1, MAX_TIMER_MS + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createRetryPolicy({ [name]: bad })).toThrow(new RangeError(`api-error-kit: ${name} must be a number of ms from 0 to ${MAX_TIMER_MS}, not ${String(bad)}.`));
    }
  });

  it('takes maxServerWaitMs from 0 to the longest timer, as a number only', () => {
    expect(() => createRetryPolicy({ maxServerWaitMs: 0 })).not.toThrow();
    expect(() => createRetryPolicy({ maxServerWaitMs: MAX_TIMER_MS })).not.toThrow();
    for (const bad of [-1, MAX_TIMER_MS + 1, '5' as unknown as number]) {
      expect(() => createRetryPolicy({ maxServerWaitMs: bad })).toThrow(RangeError);
    }
  });
});

describe('what the retry policy reads with its registry', () => {
  it('reads the error with its own registry, so an app sentence matcher decides', () => {
    const kit = createErrorKit({
      dialects: [genericJson],
      codes: { PRINTER_ON_FIRE: { category: 'unavailable' } },
      matchers: [{ pattern: /printer on fire/i, code: 'PRINTER_ON_FIRE' }],
    });
    expect(createRetryPolicy({ kit }).retry(0, { message: 'The printer is on fire, printer on fire' })).toBe(true);
    expect(kit.retry.retry(0, { message: 'The printer is on fire, printer on fire' })).toBe(true);
  });

  it('never retries a cancelled request, even when an app marks its code retryable', () => {
    const kit = createErrorKit({ dialects: [genericJson], codes: { JOB_CANCELLED: { category: 'cancelled', retryable: true } } });
    expect(createRetryPolicy({ kit }).retry(0, { code: 'JOB_CANCELLED' })).toBe(false);
  });
});

describe('the delay of an automatic retry', () => {
  it('ignores a stated wait that is not a finite number', () => {
    const options = { random: () => 0 };
    expect(automaticRetryDelay(0, Number.POSITIVE_INFINITY, options)).toBe(automaticRetryDelay(0, undefined, options));
    expect(automaticRetryDelay(0, Number.NaN, options)).toBe(automaticRetryDelay(0, undefined, options));
  });

  it('lets a fallback retry by itself fifteen times per episode, at most two seconds apart, then no more', () => {
    expect(selfRetryDelay(serverError(), 14, { random: () => 0 })).toBe(2000);
    expect(selfRetryDelay(serverError(), 15, { random: () => 0 })).toBeUndefined();
    // A server's stated wait is longer than the gap, and wins.
    expect(selfRetryDelay(normalizeError({ detail: 'Busy' }, { status: 503, headers: { 'retry-after': '45' } }), 3, { random: () => 0 })).toBe(45_000);
    expect(selfRetryDelay(serverError(), 1, { maxAutomaticRetries: 1 })).toBeUndefined();
  });
});

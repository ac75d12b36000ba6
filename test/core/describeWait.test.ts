import { describe, expect, it } from 'vitest';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { waitIn } from '../../src/core/messages/describeWait';
import type { Words } from '../../src/core/messages/formatMessage';

/** A wait in words as a phrase in `locale` would put it, from `catalogue` (English by default). */
const describeWait = (ms: number, locale = 'en', catalogue: Words = en) => waitIn(ms)({ catalogue, locale });

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('describeWait says a wait at coarse steps', () => {
  it('says "a few seconds" up to ten seconds, and for a wait already over', () => {
    expect(describeWait(0)).toBe('a few seconds');
    expect(describeWait(4 * SECOND)).toBe('a few seconds');
    expect(describeWait(10 * SECOND)).toBe('a few seconds');
    expect(describeWait(-30 * SECOND)).toBe('a few seconds');
  });

  it('rounds waits up to half a minute up to the next ten seconds', () => {
    expect(describeWait(10 * SECOND + 1)).toBe('20 seconds');
    expect(describeWait(20 * SECOND)).toBe('20 seconds');
    expect(describeWait(25 * SECOND)).toBe('30 seconds');
    expect(describeWait(30 * SECOND)).toBe('30 seconds');
  });

  it('says "1 minute" up to a minute and "2 minutes" up to two', () => {
    expect(describeWait(31 * SECOND)).toBe('1 minute');
    expect(describeWait(MINUTE)).toBe('1 minute');
    expect(describeWait(61 * SECOND)).toBe('2 minutes');
    expect(describeWait(2 * MINUTE)).toBe('2 minutes');
  });

  it('counts minutes below two hours', () => {
    expect(describeWait(2 * MINUTE + 1)).toBe('3 minutes');
    expect(describeWait(5 * MINUTE)).toBe('5 minutes');
    expect(describeWait(119 * MINUTE)).toBe('119 minutes');
  });

  it('counts hours from two hours up to two days', () => {
    expect(describeWait(2 * HOUR)).toBe('2 hours');
    expect(describeWait(3 * HOUR)).toBe('3 hours');
    expect(describeWait(48 * HOUR)).toBe('48 hours');
  });

  it('counts days above two days, up to sixty', () => {
    expect(describeWait(48 * HOUR + 1)).toBe('3 days');
    expect(describeWait(60 * DAY)).toBe('60 days');
  });

  it('bounds an absurd wait to "more than 2 months"', () => {
    expect(describeWait(60 * DAY + 1)).toBe('more than 2 months');
    expect(describeWait(Number.MAX_VALUE)).toBe('more than 2 months');
    expect(describeWait(Number.POSITIVE_INFINITY)).toBe('more than 2 months');
  });
});

describe('describeWait in other languages', () => {
  it("uses the locale's words for durations and the catalogue's for the rest", () => {
    expect(describeWait(30 * SECOND, 'de', de)).toBe('30 Sekunden');
    expect(describeWait(2 * MINUTE, 'de', de)).toBe('2 Minuten');
    expect(describeWait(5 * SECOND, 'de', de)).toBe('wenige Sekunden');
    expect(describeWait(90 * DAY, 'de', de)).toBe('mehr als 2 Monate');
  });

  it('speaks English when the locale tag is invalid', () => {
    expect(describeWait(90 * SECOND, 'not a locale!')).toBe('2 minutes');
    expect(describeWait(3 * HOUR, 'not a locale!')).toBe('3 hours');
    expect(describeWait(5 * SECOND, 'not a locale!')).toBe('a few seconds');
  });
});

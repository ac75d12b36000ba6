import { describe, expect, it } from 'vitest';
import { describeRelativeTime } from '../../src/core/format/describeTime';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('describeRelativeTime says how far a time is from now, in its largest whole unit', () => {
  it('says seconds, minutes, hours and days, ahead and behind', () => {
    expect(describeRelativeTime(NOW + 30 * SECOND, NOW)).toBe('in 30 seconds');
    expect(describeRelativeTime(NOW - 5 * MINUTE, NOW)).toBe('5 minutes ago');
    expect(describeRelativeTime(NOW + 2 * HOUR, NOW)).toBe('in 2 hours');
    expect(describeRelativeTime(NOW - 3 * DAY, NOW)).toBe('3 days ago');
  });

  it('moves to the larger unit exactly at one whole unit', () => {
    expect(describeRelativeTime(NOW + SECOND, NOW)).toBe('in 1 second');
    expect(describeRelativeTime(NOW + MINUTE, NOW)).toBe('in 1 minute');
    expect(describeRelativeTime(NOW + MINUTE - 1, NOW)).toBe('in 60 seconds');
    expect(describeRelativeTime(NOW - HOUR, NOW)).toBe('1 hour ago');
    expect(describeRelativeTime(NOW - HOUR + 1, NOW)).toBe('60 minutes ago');
    expect(describeRelativeTime(NOW + 2 * DAY, NOW)).toBe('in 2 days');
    expect(describeRelativeTime(NOW + DAY - 1, NOW)).toBe('in 24 hours');
  });

  it('rounds to the nearest whole unit', () => {
    expect(describeRelativeTime(NOW + 90 * MINUTE, NOW)).toBe('in 2 hours');
    expect(describeRelativeTime(NOW - 89 * MINUTE, NOW)).toBe('1 hour ago');
  });

  it('says "now", "yesterday" and "tomorrow" rather than "0 seconds" or "1 day"', () => {
    expect(describeRelativeTime(NOW, NOW)).toBe('now');
    expect(describeRelativeTime(NOW + 400, NOW)).toBe('now');
    expect(describeRelativeTime(NOW - 400, NOW)).toBe('now');
    expect(describeRelativeTime(NOW - DAY, NOW)).toBe('yesterday');
    expect(describeRelativeTime(NOW + DAY, NOW)).toBe('tomorrow');
  });

  it('reads dates and date strings as well as epoch milliseconds', () => {
    expect(describeRelativeTime(new Date(NOW - 2 * HOUR), NOW)).toBe('2 hours ago');
    expect(describeRelativeTime('2025-01-15T12:05:00.000Z', NOW)).toBe('in 5 minutes');
  });

  it('speaks English unless told otherwise, and the given locale when told', () => {
    expect(describeRelativeTime(NOW - 2 * HOUR, NOW, 'de')).toBe('vor 2 Stunden');
    expect(describeRelativeTime(NOW + DAY, NOW, 'de')).toBe('morgen');
  });

  it('measures from the current time when no "now" is given', () => {
    expect(describeRelativeTime(Date.now() - 3 * DAY - HOUR)).toBe('3 days ago');
  });

  it('says nothing for a time that is not a date', () => {
    expect(describeRelativeTime('not a date', NOW)).toBeUndefined();
    expect(describeRelativeTime(Number.NaN, NOW)).toBeUndefined();
  });
});

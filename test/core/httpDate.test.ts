import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../src/core/normalize/httpDate';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

describe('HTTP-dates, read strictly', () => {
  it('takes the last second of a day and a leap second, and no second past it', () => {
    expect(parseHttpDate('Wed, 15 Jan 2025 23:59:59 GMT', NOW)).toBe(Date.UTC(2025, 0, 15, 23, 59, 59));
    expect(parseHttpDate('Wed, 15 Jan 2025 10:00:60 GMT', NOW)).toBe(Date.UTC(2025, 0, 15, 10, 0, 59));
    expect(parseHttpDate('Wed, 15 Jan 2025 10:00:61 GMT', NOW)).toBeUndefined();
  });

  it('refuses a minute past 59 that would roll over into the next hour', () => {
    expect(parseHttpDate('Wed, 15 Jan 2025 10:60:00 GMT', NOW)).toBeUndefined();
  });

  it('reads a two-digit year as this century up to 50 years ahead, and as the last one beyond', () => {
    expect(parseHttpDate('Sunday, 06-Nov-75 08:49:37 GMT', NOW)).toBe(Date.UTC(2075, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sunday, 06-Nov-76 08:49:37 GMT', NOW)).toBe(Date.UTC(1976, 10, 6, 8, 49, 37));
  });
});

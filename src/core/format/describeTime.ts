import { fitTypography } from '../messages/fitTypography';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "2 hours ago", "in 5 minutes": the distance from `now` to `when` in its largest whole unit. */
export function describeRelativeTime(when: Date | string | number, now: number = Date.now(), locale = 'en'): string | undefined {
  const time = new Date(when).getTime();
  if (Number.isNaN(time)) return undefined;
  const distance = time - now;
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(distance) >= ms) ?? ['second', 1000];
  const amount = Math.round(distance / size);
  try {
    return fitTypography(new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(amount, unit), locale);
  } catch {
    // A tag Intl refuses: English rather than a crash.
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(amount, unit);
  }
}

/** "14:05", "2:05 PM": a clock time as the locale writes it (English for a tag Intl refuses). */
export function describeClockTime(when: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(when);
  } catch {
    return new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(when);
  }
}

/** The hour a clock in `locale` shows for `when` (1 for 13:05 on a 12-hour clock): what "a la 1:05" / "a las 2:05" agrees with. */
export function clockHour(when: number, locale: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).formatToParts(when);
  } catch {
    parts = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).formatToParts(when);
  }
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  return Number.isFinite(hour) ? hour : new Date(when).getHours();
}

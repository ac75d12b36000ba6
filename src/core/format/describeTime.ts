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
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(amount, unit);
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

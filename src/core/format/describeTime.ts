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
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(distance / size), unit);
}

/**
 * A wait in words that changes only at coarse steps, so a live region announcing it stays
 * quiet: minutes above two minutes, then 30 s, 20 s, 10 s, then "a few seconds". Waits beyond
 * two months are not counted in days a person cannot picture.
 */
export function describeWait(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : Number.POSITIVE_INFINITY;
  if (seconds > 120) {
    const minutes = Math.ceil(seconds / 60);
    const hours = Math.ceil(minutes / 60);
    const days = Math.ceil(hours / 24);
    if (days > 60) return 'more than 2 months';
    if (hours > 48) return `${days} days`;
    return minutes >= 120 ? `${hours} hours` : `${minutes} minutes`;
  }
  if (seconds > 60) return '2 minutes';
  if (seconds > 30) return '1 minute';
  if (seconds > 10) return `${Math.ceil(seconds / 10) * 10} seconds`;
  return 'a few seconds';
}

// RFC 9110 §5.6.7: the three forms of an HTTP-date, read strictly. `Date.parse` is not used: it
// accepts junk ("1,5", "abc 1") as dates, and a wait read from junk must be no wait at all.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
// Sun, 06 Nov 1994 08:49:37 GMT
const IMF_FIXDATE = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
// Sunday, 06-Nov-94 08:49:37 GMT
const RFC850_DATE = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
// Sun Nov  6 08:49:37 1994
const ASCTIME_DATE = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function utc(year: number, month: string, day: number, hour: number, minute: number, second: number): number | undefined {
  const index = MONTHS.indexOf(month);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, index, day, hour, minute, Math.min(second, 59));
  // Rejects a day the month does not have (31 Feb), which Date.UTC would roll over.
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/**
 * The instant an HTTP-date names, in ms since the epoch, or undefined for anything else. A
 * two-digit rfc850 year more than 50 years ahead of `now` is read as the past century's (§5.6.7).
 */
export function parseHttpDate(value: string, now: number): number | undefined {
  if (value.length > 40) return undefined;
  let match = IMF_FIXDATE.exec(value);
  if (match) return utc(Number(match[3]), match[2] ?? '', Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
  match = ASCTIME_DATE.exec(value);
  if (match) return utc(Number(match[6]), match[1] ?? '', Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]));
  match = RFC850_DATE.exec(value);
  if (!match) return undefined;
  const thisYear = new Date(Number.isFinite(now) ? now : Date.now()).getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
  if (year > thisYear + 50) year -= 100;
  return utc(year, match[2] ?? '', Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
}

/**
 * A `Retry-After` value (RFC 9110 §10.2.3) as a wait in ms: delay-seconds are digits, with up to
 * three decimals as Microsoft Graph sends them (`2.128`); an
 * HTTP-date is measured from the response's own `Date` when it sent one, so a client clock
 * that is off does not shorten or stretch the wait. Anything else is no stated wait.
 */
export function parseRetryAfter(value: string, now: number, responseDate?: string): number | undefined {
  if (/^\d{1,10}(?:\.\d{1,3})?$/.test(value)) return Math.round(Number(value) * 1000);
  const when = parseHttpDate(value, now);
  if (when === undefined) return undefined;
  const sent = responseDate === undefined ? undefined : parseHttpDate(responseDate, now);
  return Math.max(0, when - (sent ?? now));
}

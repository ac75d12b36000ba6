import { LEAK_PATTERNS, type LeakClass } from './leakPatterns';

/** The longest text screened at all: anything longer is never shown, so it is not read either. */
export const MAX_SCREENED_CHARS = 2000;

// Every pattern joined into one alternation per case rule: nearly every sentence is clean, and
// two passes over it cost far less than forty. Only a sentence that matches is read again, pattern
// by pattern, to say what it gives away.
const joined = (caseless: boolean) =>
  new RegExp(
    LEAK_PATTERNS.filter(({ pattern }) => pattern.ignoreCase === caseless)
      .map(({ pattern }) => `(?:${pattern.source})`)
      .join('|'),
    caseless ? 'i' : '',
  );
const ANY_CASELESS = joined(true);
const ANY_CASED = joined(false);

/**
 * What secret or debug output `text` carries, or undefined when it reads as words for a user.
 * Text over the bound is `'oversized'` unread: it cannot be shown whole, and is never shown cut.
 * `allowHosts` keeps host names and addresses (a Plex server's own address is a fact, not a leak).
 */
export function findLeak(text: string, allowHosts = false): LeakClass | 'oversized' | undefined {
  if (text.length > MAX_SCREENED_CHARS) return 'oversized';
  if (!ANY_CASED.test(text) && !ANY_CASELESS.test(text)) return undefined;
  for (const { leak, pattern } of LEAK_PATTERNS) if (!(allowHosts && leak === 'host') && pattern.test(text)) return leak;
  return undefined;
}

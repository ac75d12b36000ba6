import { LEAK_PATTERNS, type LeakClass } from './leakPatterns';

// The deny-list the kit once screened every sentence with, kept for what a deny-list is good at:
// taking the secrets it knows out of text you log or report (Sentry breadcrumbs, console output).
// It never decides what a user sees; that is the positive test's job.

// Longer text is cut to this before it is searched, so redacting costs time linear in a bounded length.
const MAX_CHARS = 20_000;

/** What kind of secret or debug output `text` carries first, or undefined when the list finds none. */
export function findSecret(text: string): LeakClass | undefined {
  const bounded = text.slice(0, MAX_CHARS);
  return LEAK_PATTERNS.find(({ pattern }) => pattern.test(bounded))?.leak;
}

/** `text` (cut to 20,000 characters) with every match of the list replaced by `[redacted <kind>]`, for logs and reports. */
export function redactSecrets(text: string): string {
  let redacted = text.slice(0, MAX_CHARS);
  for (const { leak, pattern } of LEAK_PATTERNS) redacted = redacted.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), `[redacted ${leak}]`);
  return redacted;
}

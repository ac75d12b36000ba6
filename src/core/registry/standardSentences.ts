import type { SentenceMatcher } from './sentenceMatchers';

// What public APIs say in words when their status or code says something else: GitHub's rate
// limits on 403, Twitter's, Algolia's and Kong's bad credentials on 403, Zoom's missing scopes on
// 400, Supabase's row-level security on 400, a duplicate on 400 or 422. Each is a phrase, never a
// single word, and each is tried only at the statuses where it changes the reading, only when
// the body names no code the registry knows, and only when no named field is in error.

const ROW_LEVEL_SECURITY = /\bviolates row-level security policy\b/i;
const MISSING_SCOPE = /\b(?:does not contain|missing|lacks|insufficient|requires?) (?:the )?(?:required )?scopes?\b|\bscopes?:\s?\[/i;
const RATE_LIMIT = /\brate[ -]limit(?:ed|ing)?\b|\btoo many (?:requests|attempts|calls)\b|\bmaximum number of (?:\w+ ){0,2}attempts\b|\bthrottled\b/i;
const BAD_CREDENTIALS =
  /\b(?:invalid|bad|unable to verify|could not verify|cannot verify|unrecognized|unknown)\b(?: \w+){0,3} (?:credentials|api[ -]key|access[ -]token|authentication(?: \w+)?|application-id)\b|\b(?:credentials|api[ -]key|access[ -]token)\b(?: \w+){0,2} (?:are |is )?(?:invalid|not valid|expired)\b|^authentication (?:error|failed)\.?$/i;
const NOT_PERMITTED = /\bnot (?:authorized|permitted) to\b/i;
// Grape's (GitLab's) parameter errors: `"title" not given`, `title is missing`, after a status line.
const PARAMETER = /^(?:\d{3} \([^)]{1,40}\) )?"?([A-Za-z_][\w.[\]]{0,63})"? (?:is missing|are missing|not given|is required|is invalid)\b/;
const ALREADY_EXISTS = /\balready exists\b|\bis already (?:a|an|in use|registered)\b/i;

/** Sentences any API may send, as the codes they mean. */
export const STANDARD_SENTENCES: readonly SentenceMatcher[] = [
  { status: [400, 401, 403], pattern: ROW_LEVEL_SECURITY, code: 'INSUFFICIENT_PRIVILEGE' },
  { status: [400, 403], pattern: MISSING_SCOPE, code: 'INSUFFICIENT_SCOPE' },
  { status: [400, 403], pattern: RATE_LIMIT, code: 'RATE_LIMITED' },
  { status: 403, pattern: BAD_CREDENTIALS, code: 'UNAUTHENTICATED' },
  // On a 400 it is the sign-in form's own answer: shown on the form, what was typed kept.
  { status: 400, pattern: BAD_CREDENTIALS, code: 'AUTHENTICATION_FAILED' },
  { status: 400, pattern: NOT_PERMITTED, code: 'FORBIDDEN' },
  { status: [400, 422], pattern: PARAMETER, code: 'VALIDATION_ERROR', field: 1 },
  { status: [400, 422], pattern: ALREADY_EXISTS, code: 'ALREADY_EXISTS' },
];

/** A quota (money or an allowance, not time) said in words, though the status or code says "rate limited". */
export const QUOTA_SENTENCE = /\bexceeded your (?:current )?quota\b|\bquota (?:has been |was |is )?(?:exceeded|used up|exhausted)\b/i;

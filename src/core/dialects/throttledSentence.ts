// Django REST Framework's throttling sentence states the wait in words, with no code and no
// header: "Request was throttled. Expected available in 5 seconds."
import type { SentenceMatcher } from '../registry/sentenceMatchers';

/** DRF's throttling sentence as a rate limit with its wait. */
export const THROTTLED_SENTENCE: readonly SentenceMatcher[] = [
  { status: 429, pattern: /available in (\d+) seconds?/i, code: 'RATE_LIMIT_EXCEEDED', details: (m) => ({ retry_after: Number(m[1]) }) },
];

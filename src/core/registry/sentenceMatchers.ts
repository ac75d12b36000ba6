/** Turns a status and a server sentence into a code, for APIs that send no code (seed 001, DRF). */
export interface SentenceMatcher {
  /** Only at these statuses; any status when absent. */
  status?: number | readonly number[];
  pattern: RegExp;
  code: string;
  /** The field the sentence is about: a name, or the number of the capture group that holds it. */
  field?: string | number;
  /** Facts the sentence states (limits, roles), for `ApiError.details`. */
  details?: (match: RegExpExecArray) => Record<string, unknown>;
}

/** The first matcher that fits `status` and `sentence`, with its match. */
export function matchSentence(
  matchers: readonly SentenceMatcher[],
  status: number | undefined,
  sentence: string,
): { matcher: SentenceMatcher; match: RegExpExecArray } | undefined {
  const head = sentence.slice(0, 500);
  for (const matcher of matchers) {
    const statuses = matcher.status;
    if (statuses !== undefined && (status === undefined || !(typeof statuses === 'number' ? statuses === status : statuses.includes(status)))) {
      continue;
    }
    const match = matcher.pattern.exec(head);
    if (match) return { matcher, match };
  }
  return undefined;
}

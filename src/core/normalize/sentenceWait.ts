// Some APIs state a rate limit's wait only in their sentence: OpenAI ("Please try again in
// 1.574s"), Stack Exchange ("more requests available in 17524 seconds"), Okta ("Please wait 30
// seconds before trying again"), Akamai ("Retry after: 21 seconds").
const STATED_WAIT = /\b(?:in|after:?|wait)\s(\d{1,7}(?:\.\d{1,3})?)\s?(milliseconds?|ms|seconds?|second\(s\)|secs?|s|minutes?|mins?|hours?|h)(?![a-z])/i;
const UNIT_MS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ms|milli)/i, 1],
  [/^(?:s|sec)/i, 1000],
  [/^m/i, 60_000],
  [/^h/i, 3_600_000],
];

/** The wait a rate-limit sentence states, in ms, or undefined. */
export function sentenceWaitMs(sentence: string | undefined): number | undefined {
  const match = sentence === undefined ? null : STATED_WAIT.exec(sentence.slice(0, 500));
  if (!match) return undefined;
  const unit = UNIT_MS.find(([pattern]) => pattern.test(match[2] ?? ''))?.[1];
  return unit === undefined ? undefined : Math.round(Number(match[1]) * unit);
}

import type { SentenceMatcher } from '../registry/sentenceMatchers';
import type { Dialect, WireError } from '../normalize/WireError';

/** What a normalizer may know of a dialect before it reads anything. */
export interface DialectTraits {
  /** The top-level members a body must hold one of for this dialect to read it. */
  members?: readonly string[];
  /** Sentence matchers that give this dialect's code-less sentences a code. */
  matchers?: readonly SentenceMatcher[];
}

/**
 * A dialect with the traits a normalizer uses to skip it or to read its sentences. Call it as
 * `/* @__PURE__ *\/ defineDialect(...)`, so a bundler can still drop the dialects an app leaves out.
 */
export function defineDialect(traits: DialectTraits, read: (body: unknown, contentType: string) => WireError | undefined): Dialect {
  return Object.assign(read, traits);
}

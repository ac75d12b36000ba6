import type { SentenceMatcher } from '../registry/sentenceMatchers';
import type { FieldError } from '../FieldError';

/** What a dialect read from a body, before the registry decides what it means. */
export interface WireError {
  dialect: string;
  code?: string | undefined;
  /**
   * Codes more specific than `code`, most specific first (an ErrorInfo's reason, a tagged
   * union's tags, a SQLSTATE's name): the first one the registry knows is used instead of `code`.
   */
  specificCodes?: readonly string[] | undefined;
  status?: number | undefined;
  /** The server's own sentence, not yet judged safe to show. */
  message?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  /** The dialect's extra context, not yet redacted. */
  details?: unknown;
  retryAfterMs?: number | undefined;
  correlationId?: string | undefined;
}

/** What a normalizer may know of a dialect before it reads anything. */
export interface DialectTraits {
  /**
   * The top-level members a body must hold one of for this dialect to read it (an object's own
   * properties), so a normalizer offers it only those bodies; without them it is offered every body.
   */
  members?: readonly string[];
  /** Sentence matchers that give the code-less sentences this dialect reads a code, after the registry's own. */
  matchers?: readonly SentenceMatcher[];
}

/** Reads one wire format; returns undefined when the body is not in that format. */
export interface Dialect extends Readonly<DialectTraits> {
  (body: unknown, contentType: string): WireError | undefined;
}

import type { ErrorCategory } from '../ErrorCategory';
import { get, isRecord } from '../internal/read';

/** A fact a plain error carries: what an allow-listed detail may be once checked. */
export type PlainFact = string | number | boolean | readonly string[];

/** A field error in a plain error: the form path and the screened sentence (never the value the user sent). */
export interface PlainFieldError {
  readonly field: string;
  readonly message: string;
  readonly type?: string;
}

/**
 * An ApiError as plain data, for what crosses from a server to a browser: a server component's
 * props, a server action's result, a route's loader data. It says what happened and what a
 * fallback may show (code, category, status, field errors, the wait, the support reference,
 * the allow-listed details), never the body, the headers, the cause or a stack.
 * `toPlainError(error)` makes one; every part that takes an error takes one too.
 */
export interface PlainApiError {
  /** Marks the shape (and its version), so a reader knows it from a response body. */
  readonly $apiError: 1;
  readonly code: string;
  readonly category: ErrorCategory;
  readonly message: string;
  readonly retryable: boolean;
  readonly status?: number;
  readonly fieldErrors: readonly PlainFieldError[];
  readonly retryAfterMs?: number;
  readonly correlationId?: string;
  /** The server's own sentence, when it was safe to show. */
  readonly serverMessage?: string;
  readonly details: Readonly<Record<string, PlainFact>>;
}

/** The mark a plain error carries, in its `$apiError` member. */
export const PLAIN_MARK = 1;

/** True for what `toPlainError` makes (by its mark; its members are checked when it is read). */
export function isPlainApiError(value: unknown): value is PlainApiError {
  return isRecord(value) && get(value, '$apiError') === PLAIN_MARK;
}

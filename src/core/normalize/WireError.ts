import type { FieldError } from '../FieldError';

/** What a dialect read from a body, before the registry decides what it means. */
export interface WireError {
  dialect: string;
  code?: string | undefined;
  status?: number | undefined;
  /** The server's own sentence, not yet judged safe to show. */
  message?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  /** The dialect's extra context, not yet redacted. */
  details?: unknown;
  retryAfterMs?: number | undefined;
  correlationId?: string | undefined;
}

/** Reads one wire format; returns undefined when the body is not in that format. */
export type Dialect = (body: unknown, contentType: string) => WireError | undefined;

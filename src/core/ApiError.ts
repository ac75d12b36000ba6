import type { ErrorCategory } from './ErrorCategory';
import type { FieldError } from './FieldError';

/** Marks ApiErrors across realms and duplicate installs, where `instanceof` fails. */
export const API_ERROR_BRAND: unique symbol = Symbol.for('api-error-kit.ApiError') as never;

/** Everything an ApiError is built from; `normalizeError` fills it in from a response. */
export interface ApiErrorInit {
  code: string;
  category: ErrorCategory;
  message: string;
  retryable: boolean;
  status?: number | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  retryAfterMs?: number | undefined;
  correlationId?: string | undefined;
  /** The server's own sentence, when it was safe to show and `message` is it; absent when `message` is the registry's words. */
  serverMessage?: string | undefined;
  details?: Record<string, unknown> | undefined;
  dialect?: string | undefined;
  cause?: unknown;
}

/** One failed API call, in a single shape whatever wire format the server used. */
export class ApiError extends Error {
  declare readonly [API_ERROR_BRAND]: true;
  override readonly name = 'ApiError';
  readonly code: string;
  declare readonly status?: number;
  readonly category: ErrorCategory;
  readonly fieldErrors: FieldError[];
  readonly retryable: boolean;
  declare readonly retryAfterMs?: number;
  declare readonly correlationId?: string;
  /** The server's own sentence when `message` is it (a translated UI shows the registry's words otherwise). */
  declare readonly serverMessage?: string;
  readonly details: Record<string, unknown>;
  readonly dialect: string;

  constructor(init: ApiErrorInit) {
    super(init.message, 'cause' in init ? { cause: init.cause } : undefined);
    this.code = init.code;
    this.category = init.category;
    this.fieldErrors = init.fieldErrors ? [...init.fieldErrors] : [];
    this.retryable = init.retryable;
    this.details = init.details ?? {};
    this.dialect = init.dialect ?? 'unknown';
    // Optional fields stay absent rather than `undefined`, so spreads and JSON stay clean.
    const optional = { status: init.status, retryAfterMs: init.retryAfterMs, correlationId: init.correlationId, serverMessage: init.serverMessage };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) Object.defineProperty(this, key, { value, enumerable: true });
    }
    Object.defineProperty(this, API_ERROR_BRAND, { value: true });
  }
}

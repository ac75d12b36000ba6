import type { ControlFlow } from './controlFlow';
import type { ErrorCategory } from './ErrorCategory';
import type { FieldError } from './FieldError';
import type { ResolvedEntry } from './registry/CodeEntry';

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
  /** The language of the server's own sentences (`serverMessage`, field messages), when known: a BCP 47 tag. */
  serverLanguage?: string | undefined;
  details?: Record<string, unknown> | undefined;
  dialect?: string | undefined;
  /** The registry entry the error was resolved with: its fallback and words, so nothing resolves it again. */
  entry?: ResolvedEntry | undefined;
  /** Set when what was read is a framework's control flow (a redirect, a not-found signal), not a failure. */
  controlFlow?: ControlFlow | undefined;
  cause?: unknown;
}

// One call per field rather than a loop over `Object.entries`: an ApiError is made for every
// failure read, and the loop's array and tuples cost more than the rest of the constructor.
function defineIfPresent(error: object, key: string, value: unknown): void {
  if (value !== undefined) Object.defineProperty(error, key, { value, enumerable: true });
}

/** One failed API call, in a single shape whatever wire format the server used. */
export class ApiError extends Error {
  declare readonly [API_ERROR_BRAND]: true;
  declare readonly name: 'ApiError';
  readonly code: string;
  declare readonly status?: number;
  readonly category: ErrorCategory;
  readonly fieldErrors: FieldError[];
  readonly retryable: boolean;
  declare readonly retryAfterMs?: number;
  declare readonly correlationId?: string;
  /** The server's own sentence when `message` is it (a translated UI shows the registry's words otherwise). */
  declare readonly serverMessage?: string;
  /** The language of the server's own sentences, when the response (Content-Language) or the kit (`serverLanguage`) says: a BCP 47 tag for `lang`. */
  declare readonly serverLanguage?: string;
  readonly details: Record<string, unknown>;
  readonly dialect: string;
  /** The registry entry the error was resolved with (which fallback, which words); absent on a hand-made error. */
  declare readonly entry?: ResolvedEntry;
  /** Set when what was read is a framework's control flow (a Next.js redirect, a router's redirect or not-found): rethrow `cause` for the framework, never show it. */
  declare readonly controlFlow?: ControlFlow;

  constructor(init: ApiErrorInit) {
    // A failed response has no JavaScript stack worth keeping (it would point into the normalizer;
    // the thrown original keeps its own, as `cause`), and capturing one costs more than the rest of
    // reading a body: none is captured.
    const engine = Error as { stackTraceLimit?: number | undefined };
    const limit = engine.stackTraceLimit;
    engine.stackTraceLimit = 0;
    try {
      super(init.message, 'cause' in init ? { cause: init.cause } : undefined);
    } finally {
      engine.stackTraceLimit = limit;
    }
    this.code = init.code;
    this.category = init.category;
    this.fieldErrors = init.fieldErrors ? [...init.fieldErrors] : [];
    this.retryable = init.retryable;
    this.details = init.details ?? {};
    this.dialect = init.dialect ?? 'unknown';
    // Optional fields stay absent rather than `undefined`, so spreads and JSON stay clean.
    defineIfPresent(this, 'status', init.status);
    defineIfPresent(this, 'retryAfterMs', init.retryAfterMs);
    defineIfPresent(this, 'correlationId', init.correlationId);
    defineIfPresent(this, 'serverMessage', init.serverMessage);
    defineIfPresent(this, 'serverLanguage', init.serverLanguage);
    defineIfPresent(this, 'controlFlow', init.controlFlow);
    // Not enumerable: a JSON copy of an error says what happened, and the entry is the kit's to look up again.
    if (init.entry !== undefined) Object.defineProperty(this, 'entry', { value: init.entry });
    Object.defineProperty(this, API_ERROR_BRAND, { value: true });
  }
}

// Set once on the prototype, so `error.name` and `String(error)` say ApiError from any copy.
Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true });

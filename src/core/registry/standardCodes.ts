import type { CodeEntry } from './CodeEntry';

/**
 * The codes any API may send, from the standards and the common vocabulary: HTTP's statuses,
 * GraphQL (Apollo Server, Hasura), google.rpc.Code, OAuth 2.0, the code words public APIs share
 * (Slack's `invalid_auth`, OpenAI's `insufficient_quota`, AWS's exception names: each one a
 * published response in the kit's corpus of public APIs says), and the
 * client's own (NETWORK_ERROR, TIMEOUT, CANCELLED, UNKNOWN_ERROR). Whole words only: a code is
 * known by its name, never guessed from one word in it. A product's own codes come with its
 * preset. An entry says only what differs from its category (`categories.ts`); its words are
 * message keys in the locales. Codes are matched in any case and with `-`, `.` or camel case
 * between words (`invalid-jwt`, `InvalidAuthenticationToken`).
 */
export const STANDARD_CODES = {
  UNAUTHORIZED: { category: 'unauthenticated' },
  UNAUTHENTICATED: { category: 'unauthenticated' },
  INVALID_TOKEN: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_INVALID: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_ERROR: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_EXPIRED: { category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' },
  // A sign-in form's own failure: the credentials just typed are wrong, shown on the form.
  AUTHENTICATION_FAILED: { category: 'unauthenticated', fallback: 'validation', titleKey: 'signIn.failed', messageKey: 'signIn.checkCredentials' },
  // The common vocabulary: Slack, OAuth 2.0 (RFC 6749, RFC 6750), Hasura, Microsoft Graph, Google, AWS.
  INVALID_AUTH: { category: 'unauthenticated' },
  INVALID_JWT: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  INVALID_GRANT: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  INVALID_AUTHENTICATION_TOKEN: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  INVALID_API_KEY: { category: 'unauthenticated' },

  FORBIDDEN: { category: 'forbidden' },
  ACCESS_DENIED: { category: 'forbidden' },
  INSUFFICIENT_PERMISSIONS: { category: 'forbidden' },
  PERMISSION_DENIED: { category: 'forbidden' },
  AUTHORIZATION_FAILED: { category: 'forbidden' },
  MISSING_SCOPE: { category: 'forbidden' },
  INSUFFICIENT_SCOPE: { category: 'forbidden' },
  INSUFFICIENT_PRIVILEGE: { category: 'forbidden' },
  AUTHORIZATION_REQUEST_DENIED: { category: 'forbidden' },

  PAYMENT_REQUIRED: { category: 'payment' },
  CARD_DECLINED: { category: 'payment' },

  VALIDATION_ERROR: { category: 'validation' },
  INVALID_INPUT: { category: 'validation' },
  INVALID_REQUEST: { category: 'validation' },
  BAD_REQUEST: { category: 'validation' },
  BAD_USER_INPUT: { category: 'validation' },
  GRAPHQL_VALIDATION_FAILED: { category: 'validation', messageKey: 'request.notUnderstood' },
  GRAPHQL_PARSE_FAILED: { category: 'validation', messageKey: 'request.notUnderstood' },
  PAYLOAD_TOO_LARGE: { category: 'validation', titleKey: 'file.tooLarge', messageKey: 'file.chooseSmaller' },
  METHOD_NOT_ALLOWED: { category: 'validation', messageKey: 'request.notAccepted' },
  INVALID_ARGUMENT: { category: 'validation' },
  VALIDATION_FAILED: { category: 'validation' },
  UNPROCESSABLE_ENTITY: { category: 'validation' },
  NOT_NULL_VIOLATION: { category: 'validation' },

  NOT_FOUND: { category: 'not-found' },
  RESOURCE_NOT_FOUND: { category: 'not-found' },
  ENTITY_NOT_FOUND: { category: 'not-found' },
  GONE: { category: 'not-found', titleKey: 'resource.gone' },
  RESOURCE_NOT_FOUND_EXCEPTION: { category: 'not-found' },
  NO_SUCH_KEY: { category: 'not-found' },

  CONFLICT: { category: 'conflict' },
  DUPLICATE_RESOURCE: { category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' },
  ALREADY_EXISTS: { category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' },
  FAILED_PRECONDITION: { category: 'conflict', titleKey: 'state.notNow' },
  ABORTED: { category: 'conflict', retryable: true },
  UNIQUE_VIOLATION: { category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' },

  // Seed 001's advice: up to 5 attempts in all.
  RATE_LIMIT_EXCEEDED: { category: 'rate-limited', maxRetries: 4 },
  RATE_LIMITED: { category: 'rate-limited', maxRetries: 4 },
  RESOURCE_EXHAUSTED: { category: 'rate-limited', maxRetries: 4 },
  RATE_LIMIT: { category: 'rate-limited', maxRetries: 4 },
  RATE_LIMIT_ERROR: { category: 'rate-limited', maxRetries: 4 },
  TOO_MANY_REQUESTS: { category: 'rate-limited', maxRetries: 4 },

  // Money or an allowance, not time, ends these: never retried, though some APIs send them as 429.
  QUOTA_EXCEEDED: { category: 'quota' },
  INSUFFICIENT_QUOTA: { category: 'quota' },
  INSUFFICIENT_SPACE: { category: 'quota' },

  EXTERNAL_SERVICE_ERROR: { category: 'upstream' },
  BAD_GATEWAY: { category: 'upstream' },

  SERVICE_UNAVAILABLE: { category: 'unavailable' },
  UNAVAILABLE: { category: 'unavailable' },
  OVERLOADED_ERROR: { category: 'unavailable' },

  TIMEOUT: { category: 'timeout' },
  TIMEOUT_ERROR: { category: 'timeout' },
  DEADLINE_EXCEEDED: { category: 'timeout' },

  INTERNAL_ERROR: { category: 'server' },
  INTERNAL_SERVER_ERROR: { category: 'server' },
  INTERNAL: { category: 'server' },
  SERVICE_ERROR: { category: 'server' },
  DATABASE_ERROR: { category: 'server' },
  DATA_LOSS: { category: 'server' },
  UNKNOWN: { category: 'server' },
  NOT_IMPLEMENTED: { category: 'server', retryable: false },
  UNIMPLEMENTED: { category: 'server', retryable: false },

  NETWORK_ERROR: { category: 'network' },
  CANCELLED: { category: 'cancelled' },
  UNKNOWN_ERROR: { category: 'unknown' },
} as const satisfies Record<string, CodeEntry>;

/** A code the kit knows without any preset or registration. */
export type StandardCode = keyof typeof STANDARD_CODES;

/** The code a bare HTTP status means when the body names none. */
const STATUS_CODES: Readonly<Record<number, StandardCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  // The request as sent cannot be served: its length, its URI, its type, its range.
  411: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'BAD_REQUEST',
  415: 'BAD_REQUEST',
  416: 'BAD_REQUEST',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
  499: 'CANCELLED',
  500: 'INTERNAL_ERROR',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMEOUT_ERROR',
  // Not registered, but sent: Anthropic's and others' "overloaded".
  529: 'OVERLOADED_ERROR',
};

/**
 * The code for a status no body explained: the table's, else the generic 5xx code. A 4xx the
 * table does not name (418, 451) says only that the client erred: nothing to fix in a form.
 */
export function codeForStatus(status: number | undefined): StandardCode {
  if (status === undefined) return 'UNKNOWN_ERROR';
  return STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN_ERROR');
}

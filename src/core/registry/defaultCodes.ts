import type { CodeEntry } from './CodeEntry';

const SIGN_IN_AGAIN = 'Sign in again to continue.';
const PLEX_RETRY = 'We will keep trying to reach it.';

/**
 * Every code the kit knows, declared once. Sources: the five seed references (000 MediaNest,
 * 001 Artwork/player incl. MQTT, 002 Prospects, 003 URL shortener, 004 SaaS with plans), the
 * codes the sentence matchers give seed 001's sentences, GraphQL (Apollo Server) and
 * google.rpc.Code, and the client's own (NETWORK_ERROR, TIMEOUT, CANCELLED, UNKNOWN_ERROR).
 */
export const DEFAULT_CODES = {
  // unauthenticated: 000, 002, 003, 004, Apollo, google.rpc
  UNAUTHORIZED: { status: 401, category: 'unauthenticated' },
  UNAUTHENTICATED: { status: 401, category: 'unauthenticated' },
  INVALID_TOKEN: { status: 401, category: 'unauthenticated', title: 'Your session is no longer valid', message: SIGN_IN_AGAIN },
  TOKEN_INVALID: { status: 401, category: 'unauthenticated', title: 'Your session is no longer valid', message: SIGN_IN_AGAIN },
  TOKEN_ERROR: { status: 401, category: 'unauthenticated', title: 'Your session is no longer valid', message: SIGN_IN_AGAIN },
  TOKEN_EXPIRED: { status: 401, category: 'unauthenticated', title: 'Your session has expired', message: SIGN_IN_AGAIN },
  REFRESH_TOKEN_MISSING: { status: 401, category: 'unauthenticated', title: 'Your session has ended', message: SIGN_IN_AGAIN },
  REFRESH_TOKEN_INVALID: { status: 401, category: 'unauthenticated', title: 'Your session has ended', message: SIGN_IN_AGAIN },
  REFRESH_TOKEN_EXPIRED: { status: 401, category: 'unauthenticated', title: 'Your session has expired', message: SIGN_IN_AGAIN },
  // A sign-in form's own failure: the credentials just typed are wrong, shown on the form like a validation error.
  AUTHENTICATION_FAILED: { status: 401, category: 'unauthenticated', fallback: 'validation', title: 'Sign in failed', message: 'Check your email and password, then try again.' },
  USER_NOT_FOUND: { status: [401, 404], category: 'unauthenticated', byStatus: { 404: 'not-found' }, title: 'Account not found' },
  OAUTH_ERROR: { status: [400, 401], category: 'unauthenticated', title: 'Sign in did not work', message: 'Try signing in again.' },
  OAUTH_STATE_INVALID: { status: [400, 401], category: 'unauthenticated', title: 'Sign in did not work', message: 'Try signing in again.' },
  OAUTH_PROVIDER_ERROR: { status: [400, 401], category: 'unauthenticated', title: 'Sign in did not work', message: 'The sign-in provider reported a problem. Try signing in again.' },
  PIN_NOT_AUTHORIZED: { status: 400, category: 'unauthenticated', title: 'Finish signing in with Plex', message: 'Enter the code at plex.tv/link, then continue. If the code has expired, start again for a new one.' },
  CURRENT_PASSWORD_INCORRECT: { status: 401, category: 'validation', title: 'Your current password is incorrect', message: 'Enter your current password again.' },

  // forbidden: 000, 001, 002, 003, 004, Apollo
  FORBIDDEN: { status: 403, category: 'forbidden' },
  ACCESS_DENIED: { status: 403, category: 'forbidden' },
  INSUFFICIENT_PERMISSIONS: { status: 403, category: 'forbidden' },
  PERMISSION_DENIED: { status: 403, category: 'forbidden' },
  AUTHORIZATION_FAILED: { status: 403, category: 'forbidden' },
  PLAN_AUTHORIZATION_ERROR: { status: 403, category: 'forbidden' },
  USER_INACTIVE: { status: 403, category: 'forbidden', title: 'Your account has been deactivated', message: 'Contact support if you want it reactivated.' },
  EMAIL_NOT_VERIFIED: { status: 403, category: 'forbidden', title: 'Verify your email address', message: 'Open the link in the email we sent you, then try again.' },

  // payment: 004
  PAYMENT_REQUIRED: { status: 402, category: 'payment' },
  PLAN_EXPIRED: { status: 402, category: 'payment', title: 'Your plan has expired', message: 'Renew your plan to continue.' },
  FEATURE_NOT_AVAILABLE: { status: 403, category: 'payment', title: 'This feature is not in your plan', message: 'Upgrade your plan to use it.' },
  USER_PLAN_NOT_FOUND: { status: [403, 404], category: 'payment', title: 'You do not have an active plan', message: 'Choose a plan to continue.' },

  // validation: 000, 001 (MQTT and sentences), 002, 003, 004, FastAPI, Laravel, DRF, Apollo, google.rpc
  VALIDATION_ERROR: { status: [400, 422], category: 'validation' },
  INVALID_INPUT: { status: 400, category: 'validation' },
  INVALID_REQUEST: { category: 'validation' },
  BAD_REQUEST: { status: 400, category: 'validation' },
  BAD_USER_INPUT: { status: 400, category: 'validation' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, category: 'validation', message: 'The app sent a request the server could not understand. Reload the page and try again.' },
  GRAPHQL_PARSE_FAILED: { status: 400, category: 'validation', message: 'The app sent a request the server could not understand. Reload the page and try again.' },
  INVALID_ARGUMENT: { status: 400, category: 'validation' },
  OUT_OF_RANGE: { status: 400, category: 'validation' },
  PAYLOAD_TOO_LARGE: { status: 413, category: 'validation', title: 'The file is too large', message: 'Choose a smaller file and try again.' },
  METHOD_NOT_ALLOWED: { status: 405, category: 'validation', message: 'The app sent a request the server does not accept. Reload the page and try again.' },

  // not-found: 000, 001, 002, 003, 004, google.rpc
  NOT_FOUND: { status: 404, category: 'not-found' },
  RESOURCE_NOT_FOUND: { status: 404, category: 'not-found' },
  ENTITY_NOT_FOUND: { status: 404, category: 'not-found' },
  PLAN_NOT_FOUND: { status: 404, category: 'not-found' },
  ROLE_NOT_FOUND: { status: 404, category: 'not-found' },
  GONE: { status: 410, category: 'not-found', title: 'This is no longer available' },

  // conflict: 000, 001, 002, 003, 004, google.rpc
  CONFLICT: { status: 409, category: 'conflict' },
  DUPLICATE_RESOURCE: { status: 409, category: 'conflict', title: 'This already exists', message: 'Use the one that exists, or choose a different name.' },
  ALREADY_EXISTS: { status: 409, category: 'conflict', title: 'This already exists', message: 'Use the one that exists, or choose a different name.' },
  ACCOUNT_PENDING_VERIFICATION: { status: 409, category: 'conflict', title: 'Your account is waiting to be verified', message: 'Open the link in the email we sent you to finish setting it up.' },
  INVALID_STATE: { status: 422, category: 'conflict', title: 'This cannot be done right now', message: 'It is not possible in its current state. Refresh to see the latest.' },
  FAILED_PRECONDITION: { status: 400, category: 'conflict', title: 'This cannot be done right now' },
  ABORTED: { status: 409, category: 'conflict', retryable: true },

  // rate-limited: 000, 001, 002, 003, 004, google.rpc; seed 001 advises up to 5 attempts
  RATE_LIMIT_EXCEEDED: { status: 429, category: 'rate-limited', maxRetries: 4 },
  RATE_LIMITED: { category: 'rate-limited', maxRetries: 4 },
  RESOURCE_EXHAUSTED: { status: 429, category: 'rate-limited', maxRetries: 4 },

  // quota: 001 (storage, player limit), 004
  QUOTA_EXCEEDED: { status: [413, 429], category: 'quota' },

  // upstream: 000, 002, 004
  PLEX_ERROR: { status: 502, category: 'upstream', fallback: 'plex', title: 'The Plex server reported a problem', message: PLEX_RETRY },
  PLEX_UNREACHABLE: { status: 503, category: 'upstream', fallback: 'plex', title: 'Cannot connect to the Plex server', message: 'Check that it is switched on and connected. ' + PLEX_RETRY },
  PLEX_TIMEOUT: { status: 504, category: 'upstream', fallback: 'plex', title: 'The Plex server is taking too long to answer', message: 'It may be busy, for example scanning its library. ' + PLEX_RETRY },
  EXTERNAL_SERVICE_ERROR: { status: 502, category: 'upstream' },
  BAD_GATEWAY: { status: 502, category: 'upstream' },

  // unavailable: 000, 003, 004, google.rpc
  SERVICE_UNAVAILABLE: { status: 503, category: 'unavailable' },
  UNAVAILABLE: { status: 503, category: 'unavailable' },
  DATABASE_CONNECTION_ERROR: { status: 503, category: 'unavailable' },
  DATABASE_CIRCUIT_BREAKER_OPEN: { status: 503, category: 'unavailable' },

  // timeout: 000, 004, google.rpc, the client
  TIMEOUT: { status: 408, category: 'timeout' },
  TIMEOUT_ERROR: { status: 504, category: 'timeout' },
  DATABASE_TIMEOUT_ERROR: { status: 408, category: 'timeout' },
  DEADLINE_EXCEEDED: { status: 504, category: 'timeout' },

  // server: 000, 001, 002, 003, 004, Apollo, google.rpc
  INTERNAL_ERROR: { status: 500, category: 'server' },
  INTERNAL_SERVER_ERROR: { status: 500, category: 'server' },
  INTERNAL: { status: 500, category: 'server' },
  SERVICE_ERROR: { status: 500, category: 'server' },
  DATABASE_ERROR: { status: [500, 503], category: 'server' },
  DATA_LOSS: { status: 500, category: 'server' },
  UNKNOWN: { status: 500, category: 'server' },
  NOT_IMPLEMENTED: { status: 501, category: 'server', retryable: false },
  UNIMPLEMENTED: { status: 501, category: 'server', retryable: false },

  // the client's own
  NETWORK_ERROR: { category: 'network' },
  CANCELLED: { status: 499, category: 'cancelled' },
  UNKNOWN_ERROR: { category: 'unknown' },
} as const satisfies Record<string, CodeEntry>;

/** A code the kit knows without any registration. */
export type DefaultCode = keyof typeof DEFAULT_CODES;

/** The code a bare HTTP status means when the body names none. */
export const STATUS_CODES: Readonly<Record<number, DefaultCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
  499: 'CANCELLED',
  500: 'INTERNAL_ERROR',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMEOUT_ERROR',
};

/** The code for a status no body explained: the table's, else the generic 4xx or 5xx code. */
export function codeForStatus(status: number | undefined): DefaultCode {
  if (status === undefined) return 'UNKNOWN_ERROR';
  return STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : status >= 400 ? 'BAD_REQUEST' : 'UNKNOWN_ERROR');
}

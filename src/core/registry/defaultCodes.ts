import type { CodeEntry } from './CodeEntry';

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
  INVALID_TOKEN: { status: 401, category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_INVALID: { status: 401, category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_ERROR: { status: 401, category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' },
  TOKEN_EXPIRED: { status: 401, category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' },
  REFRESH_TOKEN_MISSING: { status: 401, category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' },
  REFRESH_TOKEN_INVALID: { status: 401, category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' },
  REFRESH_TOKEN_EXPIRED: { status: 401, category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' },
  // A sign-in form's own failure: the credentials just typed are wrong, shown on the form like a validation error.
  AUTHENTICATION_FAILED: { status: 401, category: 'unauthenticated', fallback: 'validation', titleKey: 'signIn.failed', messageKey: 'signIn.checkCredentials' },
  USER_NOT_FOUND: { status: [401, 404], category: 'unauthenticated', byStatus: { 404: 'not-found' }, titleKey: 'account.notFound' },
  OAUTH_ERROR: { status: [400, 401], category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' },
  OAUTH_STATE_INVALID: { status: [400, 401], category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' },
  OAUTH_PROVIDER_ERROR: { status: [400, 401], category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.providerProblem' },
  PIN_NOT_AUTHORIZED: { status: 400, category: 'unauthenticated', titleKey: 'pin.finishWithPlex', messageKey: 'pin.instructions' },
  CURRENT_PASSWORD_INCORRECT: { status: 401, category: 'validation', titleKey: 'password.currentIncorrect', messageKey: 'password.enterCurrentAgain' },

  // forbidden: 000, 001, 002, 003, 004, Apollo
  FORBIDDEN: { status: 403, category: 'forbidden' },
  ACCESS_DENIED: { status: 403, category: 'forbidden' },
  INSUFFICIENT_PERMISSIONS: { status: 403, category: 'forbidden' },
  PERMISSION_DENIED: { status: 403, category: 'forbidden' },
  AUTHORIZATION_FAILED: { status: 403, category: 'forbidden' },
  PLAN_AUTHORIZATION_ERROR: { status: 403, category: 'forbidden' },
  USER_INACTIVE: { status: 403, category: 'forbidden', titleKey: 'account.deactivated', messageKey: 'account.contactToReactivate' },
  EMAIL_NOT_VERIFIED: { status: 403, category: 'forbidden', titleKey: 'email.verify', messageKey: 'email.openLinkThenRetry' },

  // payment: 004
  PAYMENT_REQUIRED: { status: 402, category: 'payment' },
  PLAN_EXPIRED: { status: 402, category: 'payment', titleKey: 'plan.expired', messageKey: 'plan.renew' },
  FEATURE_NOT_AVAILABLE: { status: 403, category: 'payment', titleKey: 'plan.featureMissing', messageKey: 'plan.upgradeToUse' },
  USER_PLAN_NOT_FOUND: { status: [403, 404], category: 'payment', titleKey: 'plan.none', messageKey: 'plan.choose' },

  // validation: 000, 001 (MQTT and sentences), 002, 003, 004, FastAPI, Laravel, DRF, Apollo, google.rpc
  VALIDATION_ERROR: { status: [400, 422], category: 'validation' },
  INVALID_INPUT: { status: 400, category: 'validation' },
  INVALID_REQUEST: { category: 'validation' },
  BAD_REQUEST: { status: 400, category: 'validation' },
  BAD_USER_INPUT: { status: 400, category: 'validation' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, category: 'validation', messageKey: 'request.notUnderstood' },
  GRAPHQL_PARSE_FAILED: { status: 400, category: 'validation', messageKey: 'request.notUnderstood' },
  INVALID_ARGUMENT: { status: 400, category: 'validation' },
  OUT_OF_RANGE: { status: 400, category: 'validation' },
  PAYLOAD_TOO_LARGE: { status: 413, category: 'validation', titleKey: 'file.tooLarge', messageKey: 'file.chooseSmaller' },
  METHOD_NOT_ALLOWED: { status: 405, category: 'validation', messageKey: 'request.notAccepted' },

  // not-found: 000, 001, 002, 003, 004, google.rpc
  NOT_FOUND: { status: 404, category: 'not-found' },
  RESOURCE_NOT_FOUND: { status: 404, category: 'not-found' },
  ENTITY_NOT_FOUND: { status: 404, category: 'not-found' },
  PLAN_NOT_FOUND: { status: 404, category: 'not-found' },
  ROLE_NOT_FOUND: { status: 404, category: 'not-found' },
  GONE: { status: 410, category: 'not-found', titleKey: 'resource.gone' },

  // conflict: 000, 001, 002, 003, 004, google.rpc
  CONFLICT: { status: 409, category: 'conflict' },
  DUPLICATE_RESOURCE: { status: 409, category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' },
  ALREADY_EXISTS: { status: 409, category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' },
  ACCOUNT_PENDING_VERIFICATION: { status: 409, category: 'conflict', titleKey: 'account.pendingVerification', messageKey: 'account.openVerificationLink' },
  INVALID_STATE: { status: 422, category: 'conflict', titleKey: 'state.notNow', messageKey: 'state.refreshForLatest' },
  FAILED_PRECONDITION: { status: 400, category: 'conflict', titleKey: 'state.notNow' },
  ABORTED: { status: 409, category: 'conflict', retryable: true },

  // rate-limited: 000, 001, 002, 003, 004, google.rpc; seed 001 advises up to 5 attempts
  RATE_LIMIT_EXCEEDED: { status: 429, category: 'rate-limited', maxRetries: 4 },
  RATE_LIMITED: { category: 'rate-limited', maxRetries: 4 },
  RESOURCE_EXHAUSTED: { status: 429, category: 'rate-limited', maxRetries: 4 },

  // quota: 001 (storage, player limit), 004
  QUOTA_EXCEEDED: { status: [413, 429], category: 'quota' },

  // upstream: 000, 002, 004
  PLEX_ERROR: { status: 502, category: 'upstream', fallback: 'plex', titleKey: 'plex.reportedProblem', messageKey: 'plex.keepTrying' },
  PLEX_UNREACHABLE: { status: 503, category: 'upstream', fallback: 'plex', titleKey: 'plex.cannotConnect', messageKey: 'plex.checkSwitchedOn' },
  PLEX_TIMEOUT: { status: 504, category: 'upstream', fallback: 'plex', titleKey: 'plex.tooSlow', messageKey: 'plex.mayBeBusy' },
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

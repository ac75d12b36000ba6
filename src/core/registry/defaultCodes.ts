import type { CodeEntry } from './CodeEntry';

/**
 * Every code the kit knows, declared once. Sources: the five seed references (000 MediaNest,
 * 001 Artwork/player incl. MQTT, 002 Prospects, 003 URL shortener, 004 SaaS with plans), the
 * codes the sentence matchers give seed 001's sentences, GraphQL (Apollo Server) and
 * google.rpc.Code, and the client's own (NETWORK_ERROR, TIMEOUT, CANCELLED, UNKNOWN_ERROR).
 * The comment after a code names the statuses servers send it with: the table itself holds only
 * what the registry reads, as every app that imports the kit carries it.
 */
export const DEFAULT_CODES = {
  // unauthenticated: 000, 002, 003, 004, Apollo, google.rpc
  UNAUTHORIZED: { category: 'unauthenticated' }, // 401
  UNAUTHENTICATED: { category: 'unauthenticated' }, // 401
  INVALID_TOKEN: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' }, // 401
  TOKEN_INVALID: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' }, // 401
  TOKEN_ERROR: { category: 'unauthenticated', titleKey: 'session.invalid', messageKey: 'session.signInAgain' }, // 401
  TOKEN_EXPIRED: { category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' }, // 401
  REFRESH_TOKEN_MISSING: { category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' }, // 401
  REFRESH_TOKEN_INVALID: { category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' }, // 401
  REFRESH_TOKEN_EXPIRED: { category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' }, // 401
  // A sign-in form's own failure: the credentials just typed are wrong, shown on the form like a validation error.
  AUTHENTICATION_FAILED: { category: 'unauthenticated', fallback: 'validation', titleKey: 'signIn.failed', messageKey: 'signIn.checkCredentials' }, // 401
  USER_NOT_FOUND: { category: 'unauthenticated', byStatus: { 404: 'not-found' }, titleKey: 'account.notFound' }, // 401 or 404
  OAUTH_ERROR: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' }, // 400 or 401
  OAUTH_STATE_INVALID: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' }, // 400 or 401
  OAUTH_PROVIDER_ERROR: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.providerProblem' }, // 400 or 401
  PIN_NOT_AUTHORIZED: { category: 'unauthenticated', titleKey: 'pin.finishWithPlex', messageKey: 'pin.instructions' }, // 400
  CURRENT_PASSWORD_INCORRECT: { category: 'validation', titleKey: 'password.currentIncorrect', messageKey: 'password.enterCurrentAgain' }, // 401

  // forbidden: 000, 001, 002, 003, 004, Apollo
  FORBIDDEN: { category: 'forbidden' }, // 403
  ACCESS_DENIED: { category: 'forbidden' }, // 403
  INSUFFICIENT_PERMISSIONS: { category: 'forbidden' }, // 403
  PERMISSION_DENIED: { category: 'forbidden' }, // 403
  AUTHORIZATION_FAILED: { category: 'forbidden' }, // 403
  PLAN_AUTHORIZATION_ERROR: { category: 'forbidden' }, // 403
  USER_INACTIVE: { category: 'forbidden', titleKey: 'account.deactivated', messageKey: 'account.contactToReactivate' }, // 403
  EMAIL_NOT_VERIFIED: { category: 'forbidden', titleKey: 'email.verify', messageKey: 'email.openLinkThenRetry' }, // 403

  // payment: 004
  PAYMENT_REQUIRED: { category: 'payment' }, // 402
  PLAN_EXPIRED: { category: 'payment', titleKey: 'plan.expired', messageKey: 'plan.renew' }, // 402
  FEATURE_NOT_AVAILABLE: { category: 'payment', titleKey: 'plan.featureMissing', messageKey: 'plan.upgradeToUse' }, // 403
  USER_PLAN_NOT_FOUND: { category: 'payment', titleKey: 'plan.none', messageKey: 'plan.choose' }, // 403 or 404

  // validation: 000, 001 (MQTT and sentences), 002, 003, 004, FastAPI, Laravel, DRF, Apollo, google.rpc
  VALIDATION_ERROR: { category: 'validation' }, // 400 or 422
  INVALID_INPUT: { category: 'validation' }, // 400
  INVALID_REQUEST: { category: 'validation' },
  BAD_REQUEST: { category: 'validation' }, // 400
  BAD_USER_INPUT: { category: 'validation' }, // 400
  GRAPHQL_VALIDATION_FAILED: { category: 'validation', messageKey: 'request.notUnderstood' }, // 400
  GRAPHQL_PARSE_FAILED: { category: 'validation', messageKey: 'request.notUnderstood' }, // 400
  INVALID_ARGUMENT: { category: 'validation' }, // 400
  OUT_OF_RANGE: { category: 'validation' }, // 400
  PAYLOAD_TOO_LARGE: { category: 'validation', titleKey: 'file.tooLarge', messageKey: 'file.chooseSmaller' }, // 413
  METHOD_NOT_ALLOWED: { category: 'validation', messageKey: 'request.notAccepted' }, // 405

  // not-found: 000, 001, 002, 003, 004, google.rpc
  NOT_FOUND: { category: 'not-found' }, // 404
  RESOURCE_NOT_FOUND: { category: 'not-found' }, // 404
  ENTITY_NOT_FOUND: { category: 'not-found' }, // 404
  PLAN_NOT_FOUND: { category: 'not-found' }, // 404
  ROLE_NOT_FOUND: { category: 'not-found' }, // 404
  GONE: { category: 'not-found', titleKey: 'resource.gone' }, // 410

  // conflict: 000, 001, 002, 003, 004, google.rpc
  CONFLICT: { category: 'conflict' }, // 409
  DUPLICATE_RESOURCE: { category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' }, // 409
  ALREADY_EXISTS: { category: 'conflict', titleKey: 'resource.exists', messageKey: 'resource.useExistingOrRename' }, // 409
  ACCOUNT_PENDING_VERIFICATION: { category: 'conflict', titleKey: 'account.pendingVerification', messageKey: 'account.openVerificationLink' }, // 409
  INVALID_STATE: { category: 'conflict', titleKey: 'state.notNow', messageKey: 'state.refreshForLatest' }, // 422
  FAILED_PRECONDITION: { category: 'conflict', titleKey: 'state.notNow' }, // 400
  ABORTED: { category: 'conflict', retryable: true }, // 409

  // rate-limited: 000, 001, 002, 003, 004, google.rpc; seed 001 advises up to 5 attempts
  RATE_LIMIT_EXCEEDED: { category: 'rate-limited', maxRetries: 4 }, // 429
  RATE_LIMITED: { category: 'rate-limited', maxRetries: 4 },
  RESOURCE_EXHAUSTED: { category: 'rate-limited', maxRetries: 4 }, // 429

  // quota: 001 (storage, player limit), 004
  QUOTA_EXCEEDED: { category: 'quota' }, // 413 or 429

  // upstream: 000, 002, 004
  PLEX_ERROR: { category: 'upstream', fallback: 'plex', titleKey: 'plex.reportedProblem', messageKey: 'plex.keepTrying' }, // 502
  PLEX_UNREACHABLE: { category: 'upstream', fallback: 'plex', titleKey: 'plex.cannotConnect', messageKey: 'plex.checkSwitchedOn' }, // 503
  PLEX_TIMEOUT: { category: 'upstream', fallback: 'plex', titleKey: 'plex.tooSlow', messageKey: 'plex.mayBeBusy' }, // 504
  EXTERNAL_SERVICE_ERROR: { category: 'upstream' }, // 502
  BAD_GATEWAY: { category: 'upstream' }, // 502

  // unavailable: 000, 003, 004, google.rpc
  SERVICE_UNAVAILABLE: { category: 'unavailable' }, // 503
  UNAVAILABLE: { category: 'unavailable' }, // 503
  DATABASE_CONNECTION_ERROR: { category: 'unavailable' }, // 503
  DATABASE_CIRCUIT_BREAKER_OPEN: { category: 'unavailable' }, // 503

  // timeout: 000, 004, google.rpc, the client
  TIMEOUT: { category: 'timeout' }, // 408
  TIMEOUT_ERROR: { category: 'timeout' }, // 504
  DATABASE_TIMEOUT_ERROR: { category: 'timeout' }, // 408
  DEADLINE_EXCEEDED: { category: 'timeout' }, // 504

  // server: 000, 001, 002, 003, 004, Apollo, google.rpc
  INTERNAL_ERROR: { category: 'server' }, // 500
  INTERNAL_SERVER_ERROR: { category: 'server' }, // 500
  INTERNAL: { category: 'server' }, // 500
  SERVICE_ERROR: { category: 'server' }, // 500
  DATABASE_ERROR: { category: 'server' }, // 500 or 503
  DATA_LOSS: { category: 'server' }, // 500
  UNKNOWN: { category: 'server' }, // 500
  NOT_IMPLEMENTED: { category: 'server', retryable: false }, // 501
  UNIMPLEMENTED: { category: 'server', retryable: false }, // 501

  // the client's own
  NETWORK_ERROR: { category: 'network' },
  CANCELLED: { category: 'cancelled' }, // 499
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

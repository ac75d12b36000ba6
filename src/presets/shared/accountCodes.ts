import type { CodeEntry } from '../../core/registry/CodeEntry';

/** Account and session codes that seeds 001 and 004 both send. */
export const ACCOUNT_CODES = {
  REFRESH_TOKEN_MISSING: { category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' },
  REFRESH_TOKEN_INVALID: { category: 'unauthenticated', titleKey: 'session.ended', messageKey: 'session.signInAgain' },
  REFRESH_TOKEN_EXPIRED: { category: 'unauthenticated', titleKey: 'session.expired', messageKey: 'session.signInAgain' },
  // One code, two meanings: a sign-in for an unknown account (401), or a user looked up (404).
  USER_NOT_FOUND: { category: 'unauthenticated', byStatus: { 404: 'not-found' }, titleKey: 'account.notFound' },
  OAUTH_ERROR: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' },
  OAUTH_STATE_INVALID: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.tryAgain' },
  OAUTH_PROVIDER_ERROR: { category: 'unauthenticated', titleKey: 'signIn.didNotWork', messageKey: 'signIn.providerProblem' },
  INVALID_STATE: { category: 'conflict', titleKey: 'state.notNow', messageKey: 'state.refreshForLatest' },
} as const satisfies Record<string, CodeEntry>;

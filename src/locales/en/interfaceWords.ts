// The fallbacks' words in English, one set per part, so a fallback carries only its own. With
// ./coreWords.ts, the catalogue (../en.ts).

/** The English words of the structure every fallback shares: retrying, waiting, a reference, the last resort. */
export const shellWords = {
  'action.tryAgain': 'Try again',
  'action.tryNow': 'Try now',
  'action.reloadAndTryAgain': 'Reload and try again',
  'action.signIn': 'Sign in',
  'retry.tryingAgainIn': 'Trying again in {wait}.',
  'retry.tryingAgainNow': 'Trying again now.',
  'retry.youCanTryAgainIn': 'You can try again in {wait}.',
  'retry.youCanTryAgainNow': 'You can try again now.',
  'retry.stoppedTryAgain': 'We have stopped trying for now. Try again when you are ready.',
  'retry.stopped': 'We have stopped trying for now.',
  'advice.waitThenRetry': 'Wait a moment, then try again.',
  'advice.retryInFewMinutes': 'Try again in a few minutes.',
  'shared.session': 'This part of the page will come back when you have signed in.',
  'shared.network': 'This part of the page will come back when the connection does.',
  'reference.label': 'Reference: {reference}',
  'lastResort.message': 'Sorry, there is a problem.',
  'retry.trying': 'Trying again…',
  'retry.recovered': 'Loaded again.',
  'form.signedInSubmitAgain': 'You are signed in. Check the form and send it again.',
} as const;

/** The English words of ApiErrorNotices. */
export const noticeWords = {
  'notice.staleData': 'What you see may be out of date.',
  'notice.dismiss': 'Dismiss',
  'notices.label': 'Messages about this page',
} as const;

/** The English words of AccessDenied. */
export const accessWords = {
  'access.needRole': 'You need the {role} role.',
  'access.haveRole': 'You have the {role} role.',
  'access.needPermission': 'You need the {permission} permission.',
} as const;

/** The English words of ConflictNotice. */
export const conflictWords = {
  'conflict.inUse': 'The {field} {value} is already in use.',
  'conflict.state': 'It is {state}.',
  'conflict.stateNeeds': 'It is {state}; this needs it to be {expected}.',
} as const;

/** The English words of PaymentRequired. */
export const paymentWords = {
  'payment.featureNotInPlan': 'The {feature} feature is not included in the {plan} plan.',
  'payment.featureNotInYourPlan': 'The {feature} feature is not included in your plan.',
} as const;

/** The English words of QuotaExceeded. */
export const quotaWords = {
  'quota.used': '{used} of {limit} used.',
  'quota.usedFor': '{used} of {limit} used for {resource}.',
  'quota.usedIn': '{used} of {limit} used {period}.',
  'quota.usedForIn': '{used} of {limit} used for {resource} {period}.',
  'quota.limit': 'The limit is {limit}.',
  'quota.limitFor': 'The limit is {limit} for {resource}.',
  'quota.period.hour': 'this hour',
  'quota.period.day': 'today',
  'quota.period.week': 'this week',
  'quota.period.month': 'this month',
  'quota.period.year': 'this year',
} as const;

/** The English words of RateLimited. */
export const rateLimitWords = {
  'rateLimit.limit': { one: 'The limit is {count} request.', other: 'The limit is {count} requests.' },
  'rateLimit.limitPer': { one: 'The limit is {count} request every {window}.', other: 'The limit is {count} requests every {window}.' },
} as const;

/** The English words of ServiceUnavailable. */
export const serviceWords = {
  'service.notResponding': '{service} is not responding',
} as const;

/** The English words of NetworkOffline. */
export const networkWords = {
  'retry.whenBackOnline': 'We will try again as soon as you are back online.',
  'advice.checkConnectionThenRetry': 'Check your internet connection, then try again.',
  'network.cannotReach': 'Cannot reach the service',
} as const;

/** The English words of LoginPrompt. */
export const loginWords = {
  'action.signedInTryAgain': 'I have signed in, try again',
} as const;

/** The English words of ServerError's reference. */
export const referenceWords = {
  'action.copyReference': 'Copy reference',
  'reference.giveSupport': 'If you contact support, give them this reference: {reference}',
  'reference.copied': 'Reference copied.',
  'reference.copyFailed': 'Could not copy. Select the reference and copy it yourself.',
} as const;

/** The English words of the error summary and inline errors (GOV.UK's patterns). */
export const summaryWords = {
  'summary.title': 'There is a problem',
  'summary.more': { one: 'And {count} more problem.', other: 'And {count} more problems.' },
  'summary.fieldAndMessage': '{field}: {message}',
  'inline.prefix': 'Error:',
} as const;

/** The English words of the development panel (development mode only). */
export const developerWords = {
  'developer.title': 'Developer details',
  'developer.code': 'Code',
  'developer.status': 'Status',
  'developer.dialect': 'Dialect',
  'developer.none': 'none',
  'developer.rawResponse': 'Raw response',
} as const;

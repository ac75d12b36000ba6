// The words the React fallbacks show, in English: headings, labels, buttons, live-region
// sentences, countdowns and facts. With ./coreWords.ts, the catalogue (../en.ts).

/** The fallbacks' words in English. */
export const interfaceWords = {
  // Buttons and links.
  'action.tryAgain': 'Try again',
  'action.tryNow': 'Try now',
  'action.reloadAndTryAgain': 'Reload and try again',
  'action.signIn': 'Sign in',
  'action.signedInTryAgain': 'I have signed in, try again',
  'action.copyReference': 'Copy reference',

  // Automatic retries, in a polite live region that changes only at coarse steps.
  'retry.tryingAgainIn': 'Trying again in {wait}.',
  'retry.tryingAgainNow': 'Trying again now.',
  'retry.youCanTryAgainIn': 'You can try again in {wait}.',
  'retry.youCanTryAgainNow': 'You can try again now.',
  'retry.stoppedTryAgain': 'We have stopped trying for now. Try again when you are ready.',
  'retry.stopped': 'We have stopped trying for now.',
  'retry.whenBackOnline': 'We will try again as soon as you are back online.',
  'advice.waitThenRetry': 'Wait a moment, then try again.',
  'advice.retryInFewMinutes': 'Try again in a few minutes.',
  'advice.checkConnectionThenRetry': 'Check your internet connection, then try again.',

  // Facts the fallbacks state about an error.
  'network.cannotReach': 'Cannot reach the service',
  'shared.session': 'This part of the page will come back when you have signed in.',
  'shared.network': 'This part of the page will come back when the connection does.',
  'service.notResponding': '{service} is not responding',
  'access.needRole': 'You need the {role} role.',
  'access.haveRole': 'You have the {role} role.',
  'access.needPermission': 'You need the {permission} permission.',
  'conflict.inUse': 'The {field} {value} is already in use.',
  'conflict.state': 'It is {state}.',
  'conflict.stateNeeds': 'It is {state}; this needs it to be {expected}.',
  'payment.featureNotInPlan': 'The {feature} feature is not included in the {plan} plan.',
  'payment.featureNotInYourPlan': 'The {feature} feature is not included in your plan.',
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
  'rateLimit.limit': { one: 'The limit is {count} request.', other: 'The limit is {count} requests.' },
  'rateLimit.limitPer': { one: 'The limit is {count} request every {window}.', other: 'The limit is {count} requests every {window}.' },
  'reference.label': 'Reference: {reference}',
  'reference.giveSupport': 'If you contact support, give them this reference: {reference}',
  'reference.copied': 'Reference copied.',
  'reference.copyFailed': 'Could not copy. Select the reference and copy it yourself.',
  'lastResort.message': 'Sorry, there is a problem.',

  // The error summary and inline errors (GOV.UK's patterns).
  'summary.title': 'There is a problem',
  'summary.more': { one: 'And {count} more problem.', other: 'And {count} more problems.' },
  'summary.fieldAndMessage': '{field}: {message}',
  'inline.prefix': 'Error:',

  // The development panel (development mode only).
  'developer.title': 'Developer details',
  'developer.code': 'Code',
  'developer.status': 'Status',
  'developer.dialect': 'Dialect',
  'developer.none': 'none',
  'developer.rawResponse': 'Raw response',
} as const;

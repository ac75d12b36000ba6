// Every word api-error-kit can show, in English: the registry's words for each category and for
// the codes that need their own, and every heading, label, button, live-region sentence and
// countdown of the fallbacks. Other locales are typed against these keys. `{name}` is a value
// put in; a message with `one` / `other` (and the other CLDR plural forms) is chosen by `{count}`.
// Numbers, durations and times are formatted in the active locale by Intl before they go in.

const en = {
  // The registry's words by category: what happened, and what the user can do.
  'category.unauthenticated.title': 'Sign in to continue',
  'category.unauthenticated.message': 'You are not signed in, or your session has ended. Sign in again to carry on.',
  'category.forbidden.title': 'You do not have permission to do this',
  'category.forbidden.message': 'If you think you should have access, ask an administrator.',
  'category.payment.title': 'Your plan does not include this',
  'category.payment.message': 'Upgrade or renew your plan to continue.',
  'category.validation.title': 'There is a problem',
  'category.validation.message': 'Check the information you entered and try again.',
  'category.not-found.title': 'Not found',
  'category.not-found.message': 'It may have been moved or deleted. Check the link or go back and try again.',
  'category.conflict.title': 'This could not be saved',
  'category.conflict.message': 'It clashes with something that already exists or has changed. Refresh and try again.',
  'category.rate-limited.title': 'Too many requests',
  'category.rate-limited.message': 'You have made too many requests. Wait a moment and it will try again.',
  'category.quota.title': 'You have reached your limit',
  'category.quota.message': 'You have used all of your allowance. Free some up or upgrade your plan.',
  'category.upstream.title': 'A service we rely on is not responding',
  'category.upstream.message': 'We will keep trying. You can also try again in a few minutes.',
  'category.unavailable.title': 'This service is temporarily unavailable',
  'category.unavailable.message': 'We will keep trying. You can also try again in a few minutes.',
  'category.timeout.title': 'This is taking too long',
  'category.timeout.message': 'The request timed out. Try again.',
  'category.server.title': 'Sorry, there is a problem with the service',
  'category.server.message': 'Try again later. If it keeps happening, contact support.',
  'category.network.title': 'You appear to be offline',
  'category.network.message': 'Check your internet connection. We will try again when you are back online.',
  'category.cancelled.title': 'Cancelled',
  'category.cancelled.message': 'The request was cancelled.',
  'category.unknown.title': 'Sorry, there is a problem',
  'category.unknown.message': 'Try again later. If it keeps happening, contact support.',

  // The registry's words for codes that need other words than their category's.
  'session.invalid': 'Your session is no longer valid',
  'session.expired': 'Your session has expired',
  'session.ended': 'Your session has ended',
  'session.signInAgain': 'Sign in again to continue.',
  'signIn.failed': 'Sign in failed',
  'signIn.checkCredentials': 'Check your email and password, then try again.',
  'signIn.didNotWork': 'Sign in did not work',
  'signIn.tryAgain': 'Try signing in again.',
  'signIn.providerProblem': 'The sign-in provider reported a problem. Try signing in again.',
  'account.notFound': 'Account not found',
  'account.deactivated': 'Your account has been deactivated',
  'account.contactToReactivate': 'Contact support if you want it reactivated.',
  'account.pendingVerification': 'Your account is waiting to be verified',
  'account.openVerificationLink': 'Open the link in the email we sent you to finish setting it up.',
  'email.verify': 'Verify your email address',
  'email.openLinkThenRetry': 'Open the link in the email we sent you, then try again.',
  'pin.finishWithPlex': 'Finish signing in with Plex',
  'pin.instructions': 'Enter the code at plex.tv/link, then continue. If the code has expired, start again for a new one.',
  'password.currentIncorrect': 'Your current password is incorrect',
  'password.enterCurrentAgain': 'Enter your current password again.',
  'plan.expired': 'Your plan has expired',
  'plan.renew': 'Renew your plan to continue.',
  'plan.featureMissing': 'This feature is not in your plan',
  'plan.upgradeToUse': 'Upgrade your plan to use it.',
  'plan.none': 'You do not have an active plan',
  'plan.choose': 'Choose a plan to continue.',
  'request.notUnderstood': 'The app sent a request the server could not understand. Reload the page and try again.',
  'request.notAccepted': 'The app sent a request the server does not accept. Reload the page and try again.',
  'file.tooLarge': 'The file is too large',
  'file.chooseSmaller': 'Choose a smaller file and try again.',
  'resource.gone': 'This is no longer available',
  'resource.exists': 'This already exists',
  'resource.useExistingOrRename': 'Use the one that exists, or choose a different name.',
  'state.notNow': 'This cannot be done right now',
  'state.refreshForLatest': 'It is not possible in its current state. Refresh to see the latest.',
  'plex.reportedProblem': 'The Plex server reported a problem',
  'plex.cannotConnect': 'Cannot connect to the Plex server',
  'plex.tooSlow': 'The Plex server is taking too long to answer',
  'plex.keepTrying': 'We will keep trying to reach it.',
  'plex.checkSwitchedOn': 'Check that it is switched on and connected. We will keep trying to reach it.',
  'plex.mayBeBusy': 'It may be busy, for example scanning its library. We will keep trying to reach it.',
  'field.invalid': 'This value is not valid.',

  // Buttons and links.
  'action.tryAgain': 'Try again',
  'action.tryNow': 'Try now',
  'action.reloadAndTryAgain': 'Reload and try again',
  'action.signIn': 'Sign in',
  'action.signedInTryAgain': 'I have signed in, try again',
  'action.enteredCode': 'I have entered the code',
  'action.copyReference': 'Copy reference',

  // Automatic retries, in a polite live region that changes only at coarse steps.
  'retry.tryingAgainIn': 'Trying again in {wait}.',
  'retry.tryingAgainNow': 'Trying again now.',
  'retry.youCanTryAgainIn': 'You can try again in {wait}.',
  'retry.youCanTryAgainNow': 'You can try again now.',
  'retry.stoppedTryAgain': 'We have stopped trying for now. Try again when you are ready.',
  'retry.stopped': 'We have stopped trying for now.',
  'retry.whenBackOnline': 'We will try again as soon as you are back online.',
  'wait.fewSeconds': 'a few seconds',
  'wait.overTwoMonths': 'more than 2 months',
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
  'plex.server': 'Server',
  'plex.problem': 'Problem',
  'plex.said': 'Plex said',
  'plex.lastReached': 'Last reached',
  'plex.lastReachedAgo': '{ago}',
  'plex.noAnswerWithin': 'No answer within {duration}.',
  'plex.connection.ECONNREFUSED': 'The server refused the connection. Plex Media Server may not be running.',
  'plex.connection.ETIMEDOUT': 'The server did not answer in time.',
  'plex.connection.ENOTFOUND': 'The server address could not be found.',
  'plex.connection.EHOSTUNREACH': 'The server cannot be reached on the network.',
  'plex.connection.ECONNRESET': 'The server closed the connection.',
  'pin.yourCode': 'Your code is {code}',
  'pin.enterAt': 'Enter the code at {target} (opens in a new tab)',
  'pin.expiresAt': 'This code expires at {time} ({relative}).',
  'pin.expired': 'This code has expired. Start again for a new one.',
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

/** A message of the catalogue: a sentence, or its plural forms chosen by `{count}` (CLDR categories; `other` is required). */
export type Message = string | ({ readonly other: string } & { readonly [Form in Intl.LDMLPluralRule]?: string });

/** The name of a message in the catalogue. */
export type MessageKey = keyof typeof en;

/** Every message the kit can show, by key: what a locale provides. A missing or misspelled key fails the typecheck. */
export type Catalogue = { readonly [Key in MessageKey]: Message };

en satisfies Catalogue;

// Named as well as default: CommonJS consumers get `require(...).default` and the name alike.
/** The kit's words in English: the default catalogue. */
export { en };
export default en;

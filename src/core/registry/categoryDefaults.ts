import type { ErrorCategory } from '../ErrorCategory';

interface CategoryDefault {
  title: string;
  message: string;
  retryable: boolean;
}

/** What each category says and whether it is worth retrying, for codes that do not say otherwise. */
export const CATEGORY_DEFAULTS = {
  unauthenticated: { title: 'Sign in to continue', message: 'You are not signed in, or your session has ended. Sign in again to carry on.', retryable: false },
  forbidden: { title: 'You do not have permission to do this', message: 'If you think you should have access, ask an administrator.', retryable: false },
  payment: { title: 'Your plan does not include this', message: 'Upgrade or renew your plan to continue.', retryable: false },
  validation: { title: 'There is a problem', message: 'Check the information you entered and try again.', retryable: false },
  'not-found': { title: 'Not found', message: 'It may have been moved or deleted. Check the link or go back and try again.', retryable: false },
  conflict: { title: 'This could not be saved', message: 'It clashes with something that already exists or has changed. Refresh and try again.', retryable: false },
  'rate-limited': { title: 'Too many requests', message: 'You have made too many requests. Wait a moment and it will try again.', retryable: true },
  quota: { title: 'You have reached your limit', message: 'You have used all of your allowance. Free some up or upgrade your plan.', retryable: false },
  upstream: { title: 'A service we rely on is not responding', message: 'We will keep trying. You can also try again in a few minutes.', retryable: true },
  unavailable: { title: 'This service is temporarily unavailable', message: 'We will keep trying. You can also try again in a few minutes.', retryable: true },
  timeout: { title: 'This is taking too long', message: 'The request timed out. Try again.', retryable: true },
  server: { title: 'Sorry, there is a problem with the service', message: 'Try again later. If it keeps happening, contact support.', retryable: true },
  network: { title: 'You appear to be offline', message: 'Check your internet connection. We will try again when you are back online.', retryable: true },
  cancelled: { title: 'Cancelled', message: 'The request was cancelled.', retryable: false },
  unknown: { title: 'Sorry, there is a problem', message: 'Try again later. If it keeps happening, contact support.', retryable: false },
} as const satisfies Record<ErrorCategory, CategoryDefault>;

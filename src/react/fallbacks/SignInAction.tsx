'use client';
import { callSafely } from '../../core/internal/callSafely';
import { get } from '../../core/internal/read';
import { sameSiteSignInPath } from '../../core/screen/responseLinks';
import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings, type LoginSettings } from '../ApiErrorSettings';
import { useMessages } from '../hooks/useMessages';
import { useOrigin } from '../hooks/useOrigin';
import { useReturnTo } from '../hooks/useReturnTo';

/** Starts the app's sign-in; once its promise resolves, the panels waiting on the session retry (a rejection is reported, and nothing retries). */
function signInThenRetry(onLogin: LoginSettings['onLogin'], returnTo: string, onRetry: (() => void) | undefined) {
  if (typeof onLogin !== 'function') return;
  const signedIn = callSafely('login.onLogin', (to: string) => {
    const started = onLogin(to);
    return started instanceof Promise ? started.then(() => true) : undefined;
  }, returnTo);
  if (signedIn instanceof Promise) void signedIn.then((done) => done === true && onRetry?.());
}

/**
 * "Sign in": the app's sign-in flow when it gives one (`login.onLogin`), else a link to its
 * sign-in page (`login.href`), else to the server's own sign-in page once it is found to stay on
 * this site, else to `/login`; each brings the user back to where they were.
 */
export function SignInAction({ error, onRetry }: { error: ApiError; onRetry: (() => void) | undefined }) {
  const { login, LinkComponent } = useApiErrorSettings();
  const { t } = useMessages();
  const returnTo = useReturnTo();
  const origin = useOrigin();
  if (login.onLogin) {
    return (
      <button type="button" className="aek-button" onClick={() => signInThenRetry(login.onLogin, returnTo, onRetry)}>
        {t('action.signIn')}
      </button>
    );
  }
  // A server's sign-in link counts only once normalised and found to stay on this site.
  const serverLogin = sameSiteSignInPath(get(error.details, 'loginUrl') ?? get(error.details, 'login_url'), origin);
  const appHref = callSafely('login.href', login.href, returnTo);
  const href = (typeof appHref === 'string' ? appHref : undefined) ?? serverLogin ?? `/login?returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <LinkComponent href={href} className="aek-button">
      {t('action.signIn')}
    </LinkComponent>
  );
}

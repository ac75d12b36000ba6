'use client';
import { callSafely } from '../../core/internal/callSafely';
import { signalSignIn } from '../../core/session/signInSignal';
import { get } from '../../core/internal/read';
import { sameSiteSignInPath } from '../../core/screen/responseLinks';
import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings, type LoginSettings } from '../ApiErrorSettings';
import { useMessages } from '../hooks/useMessages';
import { useOrigin } from '../hooks/useOrigin';
import { useReturnTo } from '../hooks/useReturnTo';

/**
 * Starts the app's sign-in; once its promise resolves, every panel and route of every tab that
 * failed for want of a session fetches again, and this one retries (a rejection is reported, and
 * nothing retries). A form's failed submit is not among them: its form decides.
 */
function signInThenRetry(onLogin: LoginSettings['onLogin'], returnTo: string, onRetry: (() => void) | undefined) {
  if (typeof onLogin !== 'function') return;
  const signedIn = callSafely('login.onLogin', (to: string) => {
    const started = onLogin(to);
    return started instanceof Promise ? started.then(() => true) : undefined;
  }, returnTo);
  if (signedIn instanceof Promise) {
    void signedIn.then((done) => {
      if (done !== true) return;
      signalSignIn();
      onRetry?.();
    });
  }
}

/**
 * "Sign in": the app's sign-in flow when it gives one (`login.onLogin`), else a link to its
 * sign-in page (`login.href`), else to the server's own sign-in page once it is found to stay on
 * this site, else to `/login`; each brings the user back to where they were.
 */
export function SignInAction({ error, onRetry }: { error: ApiError; /** What retries this panel after sign-in; absent for a failed submit, which is never resent by itself. */ onRetry: (() => void) | undefined }) {
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

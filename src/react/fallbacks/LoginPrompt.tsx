import { forwardRef } from 'react';
import { callSafely } from '../../core/internal/callSafely';
import { get } from '../../core/internal/read';
import { sameSiteSignInPath } from '../../core/screen/responseLinks';
import { useApiErrorSettings, type LoginSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useMessages } from '../hooks/useMessages';
import { useOrigin } from '../hooks/useOrigin';
import { useReturnTo } from '../hooks/useReturnTo';
import { FallbackShell } from './FallbackShell';

/** Starts the app's sign-in; once its promise resolves, the panels waiting on the session retry (a rejection is reported, and nothing retries). */
function signInThenRetry(onLogin: LoginSettings['onLogin'], returnTo: string, onRetry: (() => void) | undefined) {
  if (typeof onLogin !== 'function') return;
  const signedIn = callSafely('login.onLogin', (to: string) => {
    const started = onLogin(to);
    return started instanceof Promise ? started.then(() => true) : undefined;
  }, returnTo);
  if (signedIn instanceof Promise) void signedIn.then((done) => done === true && onRetry?.());
}

/** Shown for every unauthenticated code: asks the user to sign in again and brings them back to where they were. */
export const LoginPrompt = forwardRef<HTMLElement, FallbackProps>(function LoginPrompt(props, ref) {
  const { error, onRetry, autoRetry } = props;
  const { login, LinkComponent } = useApiErrorSettings();
  const { t } = useMessages();
  const returnTo = useReturnTo();
  const origin = useOrigin();
  // A server's sign-in link counts only once normalised and found to stay on this site.
  const serverLogin = sameSiteSignInPath(get(error.details, 'loginUrl') ?? get(error.details, 'login_url'), origin);
  const appHref = callSafely('login.href', login.href, returnTo);
  const href = (typeof appHref === 'string' ? appHref : undefined) ?? serverLogin ?? `/login?returnTo=${encodeURIComponent(returnTo)}`;

  const signIn = login.onLogin ? (
    <button type="button" className="aek-button" onClick={() => signInThenRetry(login.onLogin, returnTo, onRetry)}>
      {t('action.signIn')}
    </button>
  ) : (
    <LinkComponent href={href} className="aek-button">
      {t('action.signIn')}
    </LinkComponent>
  );

  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="login"
      actions={
        <>
          {signIn}
          {/* A failed submit (autoRetry false) is sent again once the user has signed in, in a dialog or another tab. */}
          {autoRetry === false && onRetry && (
            <button type="button" className="aek-button aek-button--secondary" onClick={onRetry}>
              {t('action.signedInTryAgain')}
            </button>
          )}
        </>
      }
    />
  );
});

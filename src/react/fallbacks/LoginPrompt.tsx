import { forwardRef, useState } from 'react';
import { describeClockTime, describeRelativeTime } from '../../core/format/describeTime';
import type { ApiError } from '../../core/ApiError';
import { describeLinkTarget } from '../../core/format/safeHref';
import { callSafely } from '../../core/internal/callSafely';
import { get } from '../../core/internal/read';
import { detailFacts } from '../../core/screen/detailFacts';
import { allowedHostHref, sameSiteSignInPath } from '../../core/screen/responseLinks';
import { useApiErrorSettings, type LoginSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useHydrated } from '../hooks/useHydrated';
import { useMessages } from '../hooks/useMessages';
import { useOrigin } from '../hooks/useOrigin';
import { useReturnTo } from '../hooks/useReturnTo';
import { FallbackShell } from './FallbackShell';

/**
 * The Plex PIN flow of seed 000: the code to enter, where, and until when. The link goes only to
 * Plex's own hosts (or those the app allows), and its text names where it goes. The expiry is a
 * clock time read once, so the alert it sits in is not announced again as minutes pass.
 */
function PlexPin({ error, linkHosts }: { error: ApiError; linkHosts: readonly string[] }) {
  const { t, rich } = useMessages();
  const hydrated = useHydrated();
  const [now] = useState(() => Date.now());
  const { code, expiresAt } = detailFacts(error, 'pin');
  const link = allowedHostHref(get(error.details, 'auth_url'), linkHosts);
  const target = link ? describeLinkTarget(link) : undefined;
  const expired = expiresAt !== undefined && expiresAt <= now;
  return (
    <div className="aek-fallback__pin">
      {code && (
        <p>
          {rich('pin.yourCode', { code: <strong className="aek-fallback__pin-code">{code}</strong> })}
        </p>
      )}
      {link && target && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('pin.enterAt', { target })}
          </a>
        </p>
      )}
      {/* The expiry depends on the clock and the time zone: it appears once the page is live, never in server HTML. */}
      {hydrated && expiresAt !== undefined && (
        <p className="aek-fallback__hint">
          {expired ? (
            t('pin.expired')
          ) : (
            rich('pin.expiresAt', {
              time: ({ locale: phraseLocale }) => <time dateTime={new Date(expiresAt).toISOString()}>{describeClockTime(expiresAt, phraseLocale)}</time>,
              relative: ({ locale: phraseLocale }) => describeRelativeTime(expiresAt, now, phraseLocale),
            })
          )}
        </p>
      )}
    </div>
  );
}

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
 * Shown for every unauthenticated code: asks the user to sign in again and brings them back to
 * where they were. For PIN_NOT_AUTHORIZED it shows the Plex PIN, its link and its expiry.
 */
export const LoginPrompt = forwardRef<HTMLElement, FallbackProps>(function LoginPrompt(props, ref) {
  const { error, onRetry, autoRetry } = props;
  const { login, LinkComponent, allowedLinkHosts } = useApiErrorSettings();
  const { t } = useMessages();
  const returnTo = useReturnTo();
  const origin = useOrigin();
  const pin = error.code === 'PIN_NOT_AUTHORIZED';
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
        pin && onRetry ? (
          <button type="button" className="aek-button" onClick={onRetry}>
            {t('action.enteredCode')}
          </button>
        ) : (
          <>
            {signIn}
            {/* A failed submit (autoRetry false) is sent again once the user has signed in, in a dialog or another tab. */}
            {autoRetry === false && onRetry && (
              <button type="button" className="aek-button aek-button--secondary" onClick={onRetry}>
                {t('action.signedInTryAgain')}
              </button>
            )}
          </>
        )
      }
    >
      {pin && <PlexPin error={error} linkHosts={allowedLinkHosts} />}
    </FallbackShell>
  );
});

import { forwardRef, useState } from 'react';
import { describeRelativeTime } from '../../core/format/describeTime';
import { describeLinkTarget, parseHttpUrl, safeHref } from '../../core/format/safeHref';
import { callSafely } from '../../core/internal/callSafely';
import { get, text } from '../../core/internal/read';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useHydrated } from '../hooks/useHydrated';
import { useReturnTo } from '../hooks/useReturnTo';
import { FallbackShell } from './FallbackShell';

/**
 * The Plex PIN flow of seed 000: the code to enter, where, and until when. The expiry is a
 * clock time read once, so the alert it sits in is not announced again as minutes pass.
 */
function PlexPin({ details, locale }: { details: Record<string, unknown>; locale: string }) {
  const hydrated = useHydrated();
  const [now] = useState(() => Date.now());
  const code = text(details, 'pin_code');
  const link = safeHref(get(details, 'auth_url'));
  const target = link && /^https:/i.test(link) ? describeLinkTarget(link) : undefined;
  const expiresText = text(details, 'expires_at');
  const expiresAt = expiresText && expiresText.length <= 64 ? Date.parse(expiresText) : Number.NaN;
  const expired = !Number.isNaN(expiresAt) && expiresAt <= now;
  return (
    <div className="aek-fallback__pin">
      {code && code.length <= 32 && (
        <p>
          Your code is <strong className="aek-fallback__pin-code">{code}</strong>
        </p>
      )}
      {link && target && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Enter the code at {target} (opens in a new tab)
          </a>
        </p>
      )}
      {/* The expiry depends on the clock and the time zone: it appears once the page is live, never in server HTML. */}
      {hydrated && !Number.isNaN(expiresAt) && (
        <p className="aek-fallback__hint">
          {expired ? (
            'This code has expired. Start again for a new one.'
          ) : (
            <>
              This code expires at <time dateTime={new Date(expiresAt).toISOString()}>{new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(expiresAt)}</time> (
              {describeRelativeTime(expiresAt, now, locale)}).
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** A sign-in URL from a response, only when it stays on this site: a path, or this origin. */
function sameSiteHref(url: unknown): string | undefined {
  const href = safeHref(url);
  if (!href || href.startsWith('/')) return href;
  return typeof window !== 'undefined' && parseHttpUrl(href)?.origin === window.location.origin ? href : undefined;
}

/**
 * Shown for every unauthenticated code: asks the user to sign in again and brings them back to
 * where they were. For PIN_NOT_AUTHORIZED it shows the Plex PIN, its link and its expiry.
 */
export const LoginPrompt = forwardRef<HTMLElement, FallbackProps>(function LoginPrompt(props, ref) {
  const { error, onRetry, autoRetry } = props;
  const { login, LinkComponent, locale } = useApiErrorSettings();
  const returnTo = useReturnTo();
  const pin = error.code === 'PIN_NOT_AUTHORIZED';
  const serverLogin = sameSiteHref(get(error.details, 'loginUrl') ?? get(error.details, 'login_url'));
  const appHref = callSafely('login.href', login.href, returnTo);
  const href = (typeof appHref === 'string' ? appHref : undefined) ?? serverLogin ?? `/login?returnTo=${encodeURIComponent(returnTo)}`;

  const signIn = login.onLogin ? (
    <button type="button" className="aek-button" onClick={() => callSafely('login.onLogin', login.onLogin, returnTo)}>
      Sign in
    </button>
  ) : (
    <LinkComponent href={href} className="aek-button">
      Sign in
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
            I have entered the code
          </button>
        ) : (
          <>
            {signIn}
            {/* A failed submit (autoRetry false) is sent again once the user has signed in, in a dialog or another tab. */}
            {autoRetry === false && onRetry && (
              <button type="button" className="aek-button aek-button--secondary" onClick={onRetry}>
                I have signed in, try again
              </button>
            )}
          </>
        )
      }
    >
      {pin && <PlexPin details={error.details} locale={locale} />}
    </FallbackShell>
  );
});

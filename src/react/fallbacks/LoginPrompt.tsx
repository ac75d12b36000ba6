import { forwardRef, useState } from 'react';
import { describeRelativeTime } from '../../core/format/describeTime';
import { safeHref } from '../../core/format/safeHref';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useReturnTo } from '../hooks/useReturnTo';
import { FallbackShell } from './FallbackShell';

/** "plex.tv/link": where a link goes, in words, so its text never names another site than its target. */
function describeLink(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
}

/**
 * The Plex PIN flow of seed 000: the code to enter, where, and until when. The expiry is a
 * clock time read once, so the alert it sits in is not announced again as minutes pass.
 */
function PlexPin({ details, locale }: { details: Record<string, unknown>; locale: string }) {
  const [now] = useState(() => Date.now());
  const code = typeof details['pin_code'] === 'string' ? details['pin_code'] : undefined;
  const link = safeHref(details['auth_url']);
  const expiresAt = typeof details['expires_at'] === 'string' ? Date.parse(details['expires_at']) : Number.NaN;
  const expired = !Number.isNaN(expiresAt) && expiresAt <= now;
  return (
    <div className="aek-fallback__pin">
      {code && (
        <p>
          Your code is <strong className="aek-fallback__pin-code">{code}</strong>
        </p>
      )}
      {link && /^https?:/i.test(link) && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Enter the code at {describeLink(link)} (opens in a new tab)
          </a>
        </p>
      )}
      {!Number.isNaN(expiresAt) && (
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
  return typeof window !== 'undefined' && new URL(href).origin === window.location.origin ? href : undefined;
}

/**
 * Shown for every unauthenticated code: asks the user to sign in again and brings them back to
 * where they were. For PIN_NOT_AUTHORIZED it shows the Plex PIN, its link and its expiry.
 */
export const LoginPrompt = forwardRef<HTMLElement, FallbackProps>(function LoginPrompt(props, ref) {
  const { error, onRetry } = props;
  const { login, LinkComponent, locale } = useApiErrorSettings();
  const returnTo = useReturnTo();
  const pin = error.code === 'PIN_NOT_AUTHORIZED';
  const serverLogin = sameSiteHref(error.details['loginUrl'] ?? error.details['login_url']);
  const href = login.href?.(returnTo) ?? serverLogin ?? `/login?returnTo=${encodeURIComponent(returnTo)}`;

  const signIn = login.onLogin ? (
    <button type="button" className="aek-button" onClick={() => login.onLogin?.(returnTo)}>
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
          signIn
        )
      }
    >
      {pin && <PlexPin details={error.details} locale={locale} />}
    </FallbackShell>
  );
});

'use client';
import { forwardRef, useState } from 'react';
import { clockHour, describeClockTime, describeRelativeTime } from '../../core/format/describeTime';
import { describeLinkTarget } from '../../core/format/safeHref';
import { get } from '../../core/internal/read';
import { readFacts } from '../../core/screen/facts';
import { allowedHostHref } from '../../core/screen/responseLinks';
import { useApiErrorSettings } from '../../react/ApiErrorSettings';
import type { FallbackProps } from '../../react/FallbackProps';
import { FallbackShell } from '../../react/fallbacks/FallbackShell';
import { useHydrated } from '../../react/hooks/useHydrated';
import { useMessages } from '../../react/hooks/useMessages';
import { PIN_FACTS } from './facts';
import { medianestWords } from './words';

/**
 * MediaNest's PIN sign-in (seed 000 PIN_NOT_AUTHORIZED): the code to enter, where, and until
 * when, and "I have entered the code". The link goes only to the kit's link hosts (Plex's own,
 * from the preset), and its text names where it goes. The expiry is a clock time read once, so
 * the alert it sits in is not announced again as minutes pass; it appears once the page is live.
 */
export const PlexPinPrompt = forwardRef<HTMLElement, FallbackProps>(function PlexPinPrompt(props, ref) {
  const { error, onRetry } = props;
  const { kit } = useApiErrorSettings();
  const { t, rich, locale } = useMessages(medianestWords.en);
  const hydrated = useHydrated();
  const [now] = useState(() => Date.now());
  const { code, expiresAt } = readFacts(error, PIN_FACTS);
  const link = allowedHostHref(get(error.details, 'auth_url'), kit.linkHosts);
  const target = link ? describeLinkTarget(link) : undefined;
  const expired = expiresAt !== undefined && expiresAt <= now;
  return (
    <FallbackShell
      ref={ref}
      {...props}
      words={medianestWords.en}
      variant="login"
      actions={
        onRetry && (
          <button type="button" className="aek-button" onClick={onRetry}>
            {t('action.enteredCode')}
          </button>
        )
      }
    >
      <div className="aek-fallback__pin">
        {code && <p>{rich('pin.yourCode', { code: <strong className="aek-fallback__pin-code" dir="ltr">{code}</strong> })}</p>}
        {link && target && (
          <p>
            <a href={link} target="_blank" rel="noopener noreferrer">
              {rich('pin.enterAt', { target: <bdi dir="ltr">{target}</bdi> })}
            </a>
          </p>
        )}
        {hydrated && expiresAt !== undefined && (
          <p className="aek-fallback__hint">
            {expired
              ? t('pin.expired')
              : rich(
                  'pin.expiresAt',
                  {
                    time: ({ locale }) => <time dateTime={new Date(expiresAt).toISOString()}>{describeClockTime(expiresAt, locale)}</time>,
                    relative: ({ locale }) => describeRelativeTime(expiresAt, now, locale),
                  },
                  clockHour(expiresAt, locale),
                )}
          </p>
        )}
      </div>
    </FallbackShell>
  );
});

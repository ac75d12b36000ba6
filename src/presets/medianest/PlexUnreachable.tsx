'use client';
import { forwardRef, useState } from 'react';
import { describeRelativeTime } from '../../core/format/describeTime';
import { durationIn } from '../../core/messages/describeWait';
import { readFacts } from '../../core/screen/facts';
import type { FallbackProps } from '../../react/FallbackProps';
import { FallbackShell } from '../../react/fallbacks/FallbackShell';
import { RetryButton } from '../../react/fallbacks/RetryButton';
import { useAutoRetry } from '../../react/hooks/useAutoRetry';
import { useHydrated } from '../../react/hooks/useHydrated';
import { useMessages } from '../../react/hooks/useMessages';
import { PLEX_FACTS } from './facts';
import { medianestWords } from './words';

/**
 * Shown for PLEX_UNREACHABLE, PLEX_TIMEOUT and PLEX_ERROR (seed 000): the server, why it could
 * not be reached, when it last was ("2 hours ago"); it retries by itself with backoff, says
 * when the next attempt is, and offers "Try now". "Last reached" depends on the clock, so it
 * appears once the page is live, never in server-rendered HTML.
 */
export const PlexUnreachable = forwardRef<HTMLElement, FallbackProps>(function PlexUnreachable(props, ref) {
  const { error, onRetry } = props;
  const { t } = useMessages(medianestWords.en);
  const hydrated = useHydrated();
  // Read once: "2 hours ago" inside the alert must not change, or it is announced again.
  const [now] = useState(() => Date.now());
  const { status, waitingForPerson } = useAutoRetry(props);
  // Only the allow-list's facts: the server's own URL, a known connection error, an instant, a screened sentence.
  const { serverUrl: server, connectionError: connection, lastReached, timeoutMs, plexError } = readFacts(error, PLEX_FACTS);

  return (
    <FallbackShell
      ref={ref}
      {...props}
      words={medianestWords.en}
      variant="plex"
      advice={waitingForPerson ? t('advice.retryInFewMinutes') : undefined}
      status={status ?? ''}
      actions={<RetryButton onRetry={onRetry} label={waitingForPerson ? 'action.tryAgain' : 'action.tryNow'} />}
    >
      <dl className="aek-fallback__facts">
        {server && (
          <>
            <dt>{t('plex.server')}</dt>
            <dd>
              <code dir="ltr">{server}</code>
            </dd>
          </>
        )}
        {connection && (
          <>
            <dt>{t('plex.problem')}</dt>
            <dd>{t(`plex.connection.${connection}`)}</dd>
          </>
        )}
        {timeoutMs !== undefined && timeoutMs > 0 && (
          <>
            <dt>{t('plex.problem')}</dt>
            <dd>{t('plex.noAnswerWithin', { duration: durationIn(Math.max(1, Math.round(timeoutMs / 1000)), 'second') })}</dd>
          </>
        )}
        {plexError && (
          <>
            <dt>{t('plex.said')}</dt>
            <dd dir="auto" lang={error.serverLanguage}>
              {plexError}
            </dd>
          </>
        )}
        {hydrated && lastReached !== undefined && (
          <>
            <dt>{t('plex.lastReached')}</dt>
            <dd>
              <time dateTime={new Date(lastReached).toISOString()}>{t('plex.lastReachedAgo', { ago: ({ locale: phraseLocale }) => describeRelativeTime(lastReached, now, phraseLocale) })}</time>
            </dd>
          </>
        )}
      </dl>
    </FallbackShell>
  );
});

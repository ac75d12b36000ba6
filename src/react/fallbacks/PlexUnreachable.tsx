import { forwardRef, useState } from 'react';
import { describeRelativeTime } from '../../core/format/describeTime';
import { detailFacts, type CONNECTION_ERRORS } from '../../core/screen/detailFacts';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { useHydrated } from '../hooks/useHydrated';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

// What Node's connection errors mean, for someone who runs the Plex server.
const CONNECTION_PROBLEMS: Readonly<Record<(typeof CONNECTION_ERRORS)[number], string>> = {
  ECONNREFUSED: 'The server refused the connection. Plex Media Server may not be running.',
  ETIMEDOUT: 'The server did not answer in time.',
  ENOTFOUND: 'The server address could not be found.',
  EHOSTUNREACH: 'The server cannot be reached on the network.',
  ECONNRESET: 'The server closed the connection.',
};

/**
 * Shown for PLEX_UNREACHABLE, PLEX_TIMEOUT and PLEX_ERROR (seed 000): the server, why it could
 * not be reached, when it last was ("2 hours ago"); it retries by itself with backoff, says
 * when the next attempt is, and offers "Try now". "Last reached" depends on the clock, so it
 * appears once the page is live, never in server-rendered HTML.
 */
export const PlexUnreachable = forwardRef<HTMLElement, FallbackProps>(function PlexUnreachable(props, ref) {
  const { error, onRetry } = props;
  const { locale } = useApiErrorSettings();
  const hydrated = useHydrated();
  // Read once: "2 hours ago" inside the alert must not change, or it is announced again.
  const [now] = useState(() => Date.now());
  const { status, waitingForPerson } = useAutoRetry(props);
  // Only the allow-list's facts: the server's own URL, a known connection error, an instant, a screened sentence.
  const { serverUrl: server, connectionError: connection, lastReached, timeoutMs, plexError } = detailFacts(error, 'plex');
  const lastReachedWords = hydrated && lastReached !== undefined ? describeRelativeTime(lastReached, now, locale) : undefined;

  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="plex"
      advice={waitingForPerson ? 'Try again in a few minutes.' : undefined}
      status={status ?? ''}
      actions={<RetryButton onRetry={onRetry} label={waitingForPerson ? 'Try again' : 'Try now'} />}
    >
      <dl className="aek-fallback__facts">
        {server && (
          <>
            <dt>Server</dt>
            <dd>
              <code>{server}</code>
            </dd>
          </>
        )}
        {connection && (
          <>
            <dt>Problem</dt>
            <dd>{CONNECTION_PROBLEMS[connection]}</dd>
          </>
        )}
        {timeoutMs !== undefined && timeoutMs > 0 && (
          <>
            <dt>Problem</dt>
            <dd>No answer within {Math.max(1, Math.round(Math.min(timeoutMs, 3_600_000) / 1000))} seconds.</dd>
          </>
        )}
        {plexError && (
          <>
            <dt>Plex said</dt>
            <dd>{plexError}</dd>
          </>
        )}
        {lastReachedWords && lastReached !== undefined && (
          <>
            <dt>Last reached</dt>
            <dd>
              <time dateTime={new Date(lastReached).toISOString()}>{lastReachedWords}</time>
            </dd>
          </>
        )}
      </dl>
    </FallbackShell>
  );
});

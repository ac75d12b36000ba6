'use client';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../core/ApiError';
import type { FallbackOverrides } from './ApiErrorSettings';
import type { HeadingLevel } from './FallbackProps';
import { useNormalize } from './hooks/useNormalize';
import { CATEGORIES } from '../core/categories';
import type { ProbeOutcome } from './retryReset';
import { RetryingContext } from './RetryingContext';
import { SelectedFallback } from './SelectedFallback';

/** A retry that brought the data back: whether focus was in the fallback, so it moves to the content. */
export interface Recovery {
  moveFocus: boolean;
}

/** Who asked for a retry: a person, the fallback's schedule, or the tab or network coming back. */
type RetryCause = 'person' | 'schedule' | 'return';

/** Props of RetryingFallback: what a boundary or an error slot knows of its failure. */
export interface RetryingFallbackProps {
  error: ApiError;
  /** What was caught, as it was thrown: the data library finds its failed requests by it. */
  thrown: unknown;
  overrides: FallbackOverrides;
  headingLevel: HeadingLevel;
  autoFocus: boolean;
  /** Automatic retries so far in this failure episode, read when a retry starts or fails. */
  attempt: () => number;
  /** Bookkeeping before a retry: a person's ends the episode, an automatic one counts. */
  startRetry: ((automatic: boolean) => void) | undefined;
  /** Fetches what failed once more with the fallback still on screen (the data library's); absent: the content is rendered again at once. */
  probe: ((failure: unknown) => Promise<ProbeOutcome | null>) | undefined;
  /** Renders the content again (the boundary's reset, the router's revalidation); `recovered` when a probe brought the data back. */
  restore: (recovered?: Recovery) => void;
}

// A tab that comes back to the front, or a network that comes back, probes at once; not more
// often than this, however many events fire together.
const EVENT_PROBE_GAP_MS = 2000;
// A click that brings the window to the front lands on "Try again" just after the focus event:
// the retry on return waits this long, and gives way to the person's.
const RETURN_SETTLE_MS = 250;

/** True when focus is inside the fallback rendered just before `marker`, or nowhere (the page's body). */
function focusWithin(marker: HTMLElement | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return marker?.previousElementSibling?.contains(active) === true;
}

/**
 * The registry's fallback, whose retries are tried before the content comes back: the fallback
 * stays on screen, busy and saying so, while the failed requests are fetched once more; when they
 * succeed the content returns with its data (focus and a polite announcement with it), when they
 * fail the fallback shows the new failure and focus stays where the user left it. A tab brought
 * back to the front or a network that returns probes at once.
 */
export function RetryingFallback({ error, thrown, overrides, headingLevel, autoFocus, attempt, startRetry, probe, restore }: RetryingFallbackProps) {
  const normalize = useNormalize();
  const [retrying, setRetrying] = useState(false);
  // Each failed probe is a new round: the fallback is drawn afresh (a new countdown) with what
  // failed this time; until then it shows the error it was given (which may still be read, a body).
  const [round, setRound] = useState<{ n: number; error: ApiError | undefined; thrown: unknown; refocus: boolean; attempt: number }>(() => ({ n: 0, error: undefined, thrown, refocus: false, attempt: attempt() }));
  const shown = round.error ?? error;
  const marker = useRef<HTMLSpanElement>(null);
  const live = useRef(true);
  const busy = useRef(false);
  const lastEventProbe = useRef(0);
  const lastRetry = useRef(0);

  const retry = (cause: RetryCause) => {
    if (busy.current) return;
    lastRetry.current = Date.now();
    // A tab or network coming back is not one of the episode's automatic retries: it spends none.
    if (cause !== 'return') startRetry?.(cause === 'schedule');
    if (!probe) {
      restore();
      return;
    }
    busy.current = true;
    const hadFocus = focusWithin(marker.current);
    setRetrying(true);
    void probe(round.n === 0 ? thrown : round.thrown)
      .catch((thrown: unknown): ProbeOutcome => ({ recovered: false, error: thrown }))
      .then((outcome) => {
        busy.current = false;
        if (!live.current) return;
        // Nothing of the data library's had failed: the content is rendered again to find out.
        if (outcome === null) {
          restore();
          return;
        }
        if (outcome.recovered) {
          restore({ moveFocus: hadFocus });
          return;
        }
        setRetrying(false);
        const again = normalize(outcome.error);
        // The tab came back to the same failure: nothing new to say or count down.
        if (cause === 'return' && again.code === shown.code) return;
        setRound((previous) => ({ n: previous.n + 1, error: again, thrown: outcome.error, refocus: hadFocus && cause === 'person', attempt: attempt() }));
      });
  };
  const retryRef = useRef(retry);
  useEffect(() => {
    retryRef.current = retry;
  });

  // Only what can change by itself is probed on return: an outage, a rate limit, a session renewed in another tab.
  const probesOnReturn = CATEGORIES[shown.category].retryable || shown.category === 'unauthenticated';
  useEffect(() => {
    live.current = true;
    if (!probesOnReturn) return () => {
      live.current = false;
    };
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onReturn = () => {
      if (document.visibilityState === 'hidden' || Date.now() - lastEventProbe.current < EVENT_PROBE_GAP_MS) return;
      const returnedAt = Date.now();
      lastEventProbe.current = returnedAt;
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (lastRetry.current < returnedAt) retryRef.current('return');
      }, RETURN_SETTLE_MS);
    };
    window.addEventListener('online', onReturn);
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    return () => {
      live.current = false;
      clearTimeout(settle);
      window.removeEventListener('online', onReturn);
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [probesOnReturn]);

  // After a person's retry failed, the new round's button takes the focus the old one had.
  useEffect(() => {
    if (!round.refocus) return;
    const fallback = marker.current?.previousElementSibling;
    // The same button where the user left it, else the heading.
    (fallback?.querySelector<HTMLElement>('.aek-fallback__actions button, .aek-fallback__actions a') ?? fallback?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6'))?.focus();
  }, [round]);

  return (
    <RetryingContext.Provider value={retrying}>
      <SelectedFallback
        key={round.n}
        error={shown}
        overrides={overrides}
        onRetry={startRetry && (() => retry('person'))}
        onAutoRetry={startRetry && (() => retry('schedule'))}
        attempt={round.attempt}
        // Focus moves once per episode, when the fallback first appears.
        autoFocus={autoFocus && round.n === 0 && round.attempt === 0}
        headingLevel={headingLevel}
      />
      {/* After the fallback, so it never becomes its parent's first child. */}
      <span ref={marker} hidden />
    </RetryingContext.Provider>
  );
}

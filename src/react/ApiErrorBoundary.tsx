'use client';
import { useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary, type ErrorBoundaryPropsWithRender } from 'react-error-boundary';
import type { ApiError } from '../core/ApiError';
import { callSafely } from '../core/internal/callSafely';
import { useApiErrorSettings, type FallbackOverrides } from './ApiErrorSettings';
import { useRetryAdapter } from './retryReset';
import type { HeadingLevel } from './FallbackProps';
import { RecoveryFocus } from './RecoveryFocus';
import { RetryingFallback, type Recovery } from './RetryingFallback';

/** Props of ApiErrorBoundary. */
export interface ApiErrorBoundaryProps {
  children: ReactNode;
  /** Fallbacks for this boundary by code, registry fallback name or category, over the provider's. */
  fallbacks?: FallbackOverrides;
  /** Reporting: the normalized error and React's component stack. Cancelled requests are not reported. A throw is reported and contained. */
  onError?: (error: ApiError, info: ErrorInfo) => void;
  /** Called when the boundary resets (Try again, a scheduled retry, a reset key change), with react-error-boundary's details of why. A throw is reported and contained. */
  onReset?: (details: ResetDetails) => void;
  /** Values that reset the boundary when they change: pass the route's location to reset on navigation. */
  resetKeys?: unknown[];
  /** Move focus to the fallback's heading when it first appears (default true; false for a small panel). */
  autoFocus?: boolean;
  /** The fallback heading's level: 1 for a boundary around a whole route, deeper inside panels (default 2). */
  headingLevel?: HeadingLevel;
}

// After children have stayed up this long, the failure episode is over: the next one starts afresh.
const HEALTHY_AFTER_MS = 10_000;
// Two automatic resets closer than this are a loop: the second is not made.
const MIN_AUTOMATIC_RESET_GAP_MS = 1000;
const NO_KEYS: unknown[] = [];

/** Why the boundary reset, as react-error-boundary tells it: a retry (`imperative-api`) or a change of `resetKeys` (`keys`). */
export type ResetDetails = Parameters<NonNullable<ErrorBoundaryPropsWithRender['onReset']>>[0];

interface FailureEpisode {
  automaticRetries: number;
  lastReset: number;
  lastQuietReset: number;
  /** Set when a probe brought the data back, read once by the content that returns. */
  recovered: Recovery | undefined;
}

function newEpisode(): FailureEpisode {
  return { automaticRetries: 0, lastReset: 0, lastQuietReset: -Infinity, recovered: undefined };
}

/** Before content that came back after a probe: focus and the announcement, once; nothing otherwise. */
function RecoveryMark({ take }: { take: () => Recovery | undefined }) {
  // Taken once when the content mounts again: a later render of the same content says nothing.
  const [recovered] = useState(take);
  return recovered ? <RecoveryFocus moveFocus={recovered.moveFocus} /> : null;
}

/** True when content reset at `resetAt` stayed up long enough to count as healthy (no timer needed on the happy path). */
function healthySinceReset(resetAt: number): boolean {
  return resetAt > 0 && Date.now() - resetAt >= HEALTHY_AFTER_MS;
}

/** A cancelled request is never shown: the boundary quietly renders its children again, unless that would loop. */
function ResetQuietly({ onAppear }: { onAppear: () => void }) {
  useEffect(onAppear, [onAppear]);
  return null;
}

/**
 * The error boundary for routes and panels that call APIs: whatever is thrown is read with the
 * app's kit and shown by the fallback its entry names (else its category's, else the generic
 * one). Its reset also clears the data library's cached failures (through the adapter the kit
 * was given, e.g. `createApiQueryClient({ kit })`), so "Try again" refetches with no app wiring.
 * A failure episode (from the first failure until the content has stayed up for ten seconds,
 * a person presses "Try again", or the reset keys change) allows the fallbacks a capped number
 * of automatic retries.
 */
export function ApiErrorBoundary({ children, fallbacks, onError, onReset, resetKeys, autoFocus = true, headingLevel = 2 }: ApiErrorBoundaryProps) {
  // Four hooks per render, no more: a boundary around each of a thousand list items is re-rendered
  // with every update of the list.
  const settings = useApiErrorSettings();
  const adapter = useRetryAdapter(settings.kit);
  const resetCache = adapter.reset;
  // The failure episode: automatic retries so far, when the content was last rendered again (a
  // failure long after that means it had been healthy), when a cancelled request last reset it.
  const episode = useRef<FailureEpisode>(null);
  if (episode.current === null) {
    // A boundary that mounts gives its queries a fresh try: one that failed before (a 401 before the
    // user signed in elsewhere, a page left and come back to) is fetched again, not rethrown from
    // cache. This runs while rendering, before the queries below read it, and once per mount.
    resetCache();
    episode.current = newEpisode();
  }

  // Built once per change of what they use, not on every render: a boundary around each of a
  // thousand list items costs little more than react-error-boundary's own.
  const handlers = useMemo(() => {
    // Read when a handler runs, never while rendering: the ref is this mount's one episode.
    const state = () => (episode.current ??= newEpisode());
    const normalize = settings.kit.normalize;
    const overrides = { ...settings.fallbacks, ...fallbacks };
    const endEpisode = () => {
      state().automaticRetries = 0;
    };
    return {
      takeRecovery() {
        const recovered = state().recovered;
        state().recovered = undefined;
        return recovered;
      },
      onReset(details: ResetDetails) {
        state().lastReset = Date.now();
        if (details.reason === 'keys') endEpisode();
        resetCache();
        callSafely('onReset', onReset, details);
      },
      onError(thrown: unknown, info: ErrorInfo) {
        if (healthySinceReset(state().lastReset)) endEpisode();
        const error = normalize(thrown);
        if (error.category !== 'cancelled') callSafely('onError', onError, error, info);
      },
      fallbackRender({ error: thrown, resetErrorBoundary }: { error: unknown; resetErrorBoundary: () => void }) {
        const error = normalize(thrown);
        // A redirect or a not-found signal is the framework's to act on: it goes on up, unshown.
        if (error.controlFlow) throw error.cause;
        if (error.category === 'cancelled') {
          const resetUnlessLooping = () => {
            const now = Date.now();
            if (now - state().lastQuietReset < MIN_AUTOMATIC_RESET_GAP_MS) return;
            state().lastQuietReset = now;
            resetErrorBoundary();
          };
          return <ResetQuietly onAppear={resetUnlessLooping} />;
        }
        // The content stayed up a while since it was last reset: this failure starts a new episode.
        const firstAttempt = healthySinceReset(state().lastReset) ? 0 : state().automaticRetries;
        return (
          <RetryingFallback
            error={error}
            thrown={thrown}
            overrides={overrides}
            attempt={() => state().automaticRetries}
            startRetry={(automatic) => {
              if (automatic) state().automaticRetries += 1;
              else endEpisode();
            }}
            probe={adapter.probe}
            restore={(recovered) => {
              state().recovered = recovered;
              resetErrorBoundary();
            }}
            // Focus moves once per episode; an automatic retry that fails again leaves it where the user put it.
            autoFocus={autoFocus && firstAttempt === 0}
            headingLevel={headingLevel}
          />
        );
      },
    };
  }, [settings, adapter, resetCache, onReset, onError, fallbacks, autoFocus, headingLevel]);

  return (
    <ErrorBoundary resetKeys={resetKeys ?? NO_KEYS} onReset={handlers.onReset} onError={handlers.onError} fallbackRender={handlers.fallbackRender}
    >
      {/* Before the content, so focus can go to the content's first heading; nothing unless the content just came back. */}
      <RecoveryMark take={handlers.takeRecovery} />
      {children}
    </ErrorBoundary>
  );
}

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { ApiError } from '../core/ApiError';
import { callSafely } from '../core/internal/callSafely';
import { useApiErrorSettings, type FallbackOverrides } from './ApiErrorSettings';
import type { HeadingLevel } from './FallbackProps';
import { useNormalize } from './hooks/useNormalize';
import { SelectedFallback } from './SelectedFallback';

/** Props of ApiErrorBoundary. */
export interface ApiErrorBoundaryProps {
  children: ReactNode;
  /** Fallbacks for this boundary by code, registry fallback name or category, over the provider's. */
  fallbacks?: FallbackOverrides;
  /** Reporting: the normalized error and React's component stack. Cancelled requests are not reported. A throw is reported and contained. */
  onError?: (error: ApiError, info: ErrorInfo) => void;
  /** Called when the boundary resets (Try again, a scheduled retry, a reset key change). A throw is reported and contained. */
  onReset?: () => void;
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

/** Renders nothing; once its siblings have been on screen a while, they count as healthy. */
function HealthyAfter({ onHealthy }: { onHealthy: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onHealthy, HEALTHY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [onHealthy]);
  return null;
}

/** A cancelled request is never shown: the boundary quietly renders its children again, unless that would loop. */
function ResetQuietly({ onAppear }: { onAppear: () => void }) {
  useEffect(onAppear, [onAppear]);
  return null;
}

/**
 * The error boundary for routes and panels that call APIs: whatever is thrown is normalized and
 * shown by the fallback the registry names for its code (else its category, else the generic
 * one). Its reset also resets react-query's failed queries through the nearest
 * QueryErrorResetBoundary (or the default one), so "Try again" refetches with no app wiring.
 * A failure episode (from the first failure until the content has stayed up for ten seconds,
 * a person presses "Try again", or the reset keys change) allows the fallbacks a capped number
 * of automatic retries.
 */
export function ApiErrorBoundary({ children, fallbacks, onError, onReset, resetKeys, autoFocus = true, headingLevel = 2 }: ApiErrorBoundaryProps) {
  const settings = useApiErrorSettings();
  const normalize = useNormalize();
  const queryReset = useQueryErrorResetBoundary();
  // A boundary that mounts gives its queries a fresh try: one that failed before (a 401 before the
  // user signed in elsewhere, a page left and come back to) is fetched again, not rethrown from cache.
  // This runs while rendering, before the queries below read it, and once per mount.
  useState(() => queryReset.reset());
  const automaticRetries = useRef(0);
  const lastQuietReset = useRef(-Infinity);
  const overrides = useMemo(() => ({ ...settings.fallbacks, ...fallbacks }), [settings.fallbacks, fallbacks]);
  const endEpisode = useCallback(() => {
    automaticRetries.current = 0;
  }, []);

  return (
    <ErrorBoundary
      resetKeys={resetKeys ?? NO_KEYS}
      onReset={(details) => {
        if (details.reason === 'keys') endEpisode();
        queryReset.reset();
        callSafely('onReset', onReset);
      }}
      onError={(thrown, info) => {
        const error = normalize(thrown);
        if (error.category !== 'cancelled') callSafely('onError', onError, error, info);
      }}
      fallbackRender={({ error: thrown, resetErrorBoundary }) => {
        const error = normalize(thrown);
        if (error.category === 'cancelled') {
          const resetUnlessLooping = () => {
            const now = Date.now();
            if (now - lastQuietReset.current < MIN_AUTOMATIC_RESET_GAP_MS) return;
            lastQuietReset.current = now;
            resetErrorBoundary();
          };
          return <ResetQuietly onAppear={resetUnlessLooping} />;
        }
        const retryByPerson = () => {
          endEpisode();
          resetErrorBoundary();
        };
        const retryAutomatically = () => {
          automaticRetries.current += 1;
          resetErrorBoundary();
        };
        const attempt = automaticRetries.current;
        return (
          <SelectedFallback
            error={error}
            overrides={overrides}
            onRetry={retryByPerson}
            onAutoRetry={retryAutomatically}
            attempt={attempt}
            // Focus moves once per episode; an automatic retry that fails again leaves it where the user put it.
            autoFocus={autoFocus && attempt === 0}
            headingLevel={headingLevel}
          />
        );
      }}
    >
      <HealthyAfter onHealthy={endEpisode} />
      {children}
    </ErrorBoundary>
  );
}

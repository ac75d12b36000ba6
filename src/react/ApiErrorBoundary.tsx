import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { ApiError } from '../core/ApiError';
import { normalizeError } from '../core/normalize/normalizeError';
import { ApiErrorContext } from './ApiErrorContext';
import { useApiErrorSettings, type FallbackOverrides } from './ApiErrorSettings';
import type { HeadingLevel } from './FallbackProps';
import { selectFallback } from './selectFallback';

/** Props of ApiErrorBoundary. */
export interface ApiErrorBoundaryProps {
  children: ReactNode;
  /** Fallbacks for this boundary by code, registry fallback name or category, over the provider's. */
  fallbacks?: FallbackOverrides;
  /** Reporting: the normalized error and React's component stack. Cancelled requests are not reported. */
  onError?: (error: ApiError, info: ErrorInfo) => void;
  /** Called when the boundary resets (Try again, a scheduled retry, a reset key change). */
  onReset?: () => void;
  /** Values that reset the boundary when they change: pass the route's location to reset on navigation. */
  resetKeys?: unknown[];
  /** Move focus to the fallback's heading when it first appears (default true; false for a small panel). */
  autoFocus?: boolean;
  /** The fallback heading's level: 1 for a boundary around a whole route, deeper inside panels (default 2). */
  headingLevel?: HeadingLevel;
}

// After children have stayed up this long, the next failure starts the backoff again.
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

/** What a fallback that itself failed leaves on screen: static text that cannot fail. */
function LastResort({ error }: { error: ApiError }) {
  return (
    <div className="aek-fallback aek-fallback--last-resort" data-error-code={error.code} data-error-category={error.category}>
      <p role="alert">Sorry, there is a problem. Reload the page to try again.</p>
    </div>
  );
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
 */
export function ApiErrorBoundary({ children, fallbacks, onError, onReset, resetKeys, autoFocus = true, headingLevel = 2 }: ApiErrorBoundaryProps) {
  const settings = useApiErrorSettings();
  const queryReset = useQueryErrorResetBoundary();
  const failures = useRef(0);
  const lastAutomaticReset = useRef(-Infinity);
  const overrides = useMemo(() => ({ ...settings.fallbacks, ...fallbacks }), [settings.fallbacks, fallbacks]);
  const markHealthy = useCallback(() => {
    failures.current = 0;
  }, []);

  return (
    <ErrorBoundary
      resetKeys={resetKeys ?? NO_KEYS}
      onReset={() => {
        queryReset.reset();
        onReset?.();
      }}
      onError={(thrown, info) => {
        const error = normalizeError(thrown, { registry: settings.registry });
        if (error.category === 'cancelled') return;
        failures.current += 1;
        onError?.(error, info);
      }}
      fallbackRender={({ error: thrown, resetErrorBoundary }) => {
        const error = normalizeError(thrown, { registry: settings.registry });
        if (error.category === 'cancelled') {
          const resetUnlessLooping = () => {
            const now = Date.now();
            if (now - lastAutomaticReset.current < MIN_AUTOMATIC_RESET_GAP_MS) return;
            lastAutomaticReset.current = now;
            resetErrorBoundary();
          };
          return <ResetQuietly onAppear={resetUnlessLooping} />;
        }
        const Fallback = selectFallback(error, settings.registry, overrides);
        // onError counts a failure after this render, so the count so far is this attempt's index.
        const attempt = failures.current;
        return (
          <ApiErrorContext.Provider value={error}>
            <ErrorBoundary fallback={<LastResort error={error} />}>
              <Fallback
                error={error}
                onRetry={resetErrorBoundary}
                attempt={attempt}
                // Focus moves once per episode; an automatic retry that fails again leaves it where the user put it.
                autoFocus={autoFocus && attempt === 0}
                headingLevel={headingLevel}
              />
            </ErrorBoundary>
          </ApiErrorContext.Provider>
        );
      }}
    >
      <HealthyAfter onHealthy={markHealthy} />
      {children}
    </ErrorBoundary>
  );
}

'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../core/ApiError';
import { controlFlowOf } from '../core/controlFlow';
import { errorFromResponse } from '../core/normalize/errorFromResponse';
import { useApiErrorSettings, type FallbackOverrides } from './ApiErrorSettings';
import { currentEpisode, endEpisode } from './failureEpisodes';
import type { HeadingLevel } from './FallbackProps';
import { useNormalize } from './hooks/useNormalize';
import { focusRecovered, headingOrFirst, useRecoveredAnnouncement } from './RecoveryFocus';
import { useRetryAdapter } from './retryReset';
import { RetryingFallback, type Recovery } from './RetryingFallback';

/** Props of ApiErrorFallback. */
export interface ApiErrorFallbackProps {
  /** Whatever the router caught: a route error response, a thrown Response, an ApiError, anything. */
  error: unknown;
  /** Retries the route: React Router's `revalidate`, TanStack Router's `reset` + `router.invalidate()`, Next.js's `reset`. */
  reset?: (() => void) | undefined;
  /** Fallbacks by code, registry fallback name or category, over the provider's. */
  fallbacks?: FallbackOverrides | undefined;
  /** Move focus to the heading when it appears (default true). */
  autoFocus?: boolean | undefined;
  /** The heading's level (default 2; 1 where the slot replaces a whole page). */
  headingLevel?: HeadingLevel | undefined;
  /** Names this slot's failure episode across remounts: the page's path by default. Whatever codes its failures carry, one place has one episode. */
  episodeKey?: string | undefined;
}

const isBrowser = typeof window !== 'undefined';
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

/** A key that changes when the router hands over a different error, so the fallback starts afresh. */
function errorIdentity(error: unknown): string {
  if (typeof error !== 'object' || error === null) return `value:${String(error)}`;
  let id = objectIds.get(error);
  if (id === undefined) {
    nextObjectId += 1;
    id = nextObjectId;
    objectIds.set(error, id);
  }
  return `object:${id}`;
}

/** The ApiError for `error`; a thrown Response's body is read once it is here, the status speaking until then. */
function useApiError(error: unknown): ApiError {
  const { kit } = useApiErrorSettings();
  const normalize = useNormalize();
  const [read, setRead] = useState<{ from: unknown; error: ApiError }>();
  useEffect(() => {
    if (!(typeof Response !== 'undefined' && error instanceof Response) || error.bodyUsed) return undefined;
    let current = true;
    void errorFromResponse(error.clone(), kit).then((apiError) => {
      if (current) setRead({ from: error, error: apiError });
    });
    return () => {
      current = false;
    };
  }, [error, kit]);
  return read && read.from === error ? read.error : normalize(error);
}

/**
 * The registry's fallback for any error, outside a boundary: what a router's error slot renders
 * (React Router `errorElement` or a route `ErrorBoundary` with `useRouteError()`, TanStack Router
 * `errorComponent`, Next.js `error.tsx`). "Try again" calls `reset`; automatic retries follow the
 * kit's rule (floor, growing backoff, capped per failure episode) however often the slot remounts.
 */
export function ApiErrorFallback({ error, reset, fallbacks, autoFocus = true, headingLevel = 2, episodeKey }: ApiErrorFallbackProps) {
  // A redirect or a not-found signal that reached the slot is the framework's: it goes on up, unshown.
  if (controlFlowOf(error)) throw error;
  const settings = useApiErrorSettings();
  const apiError = useApiError(error);
  const overrides = useMemo(() => ({ ...settings.fallbacks, ...fallbacks }), [settings.fallbacks, fallbacks]);
  if (apiError.category === 'cancelled') return null;
  // The place, never the code: a server whose code changes with every answer is still one
  // failing place, and its retries keep backing off and stop at the cap.
  const key = episodeKey ?? (isBrowser ? window.location.pathname : '');
  // A new error from the router is a new failure of the episode: the fallback starts afresh.
  return <EpisodeFallback key={errorIdentity(error)} error={apiError} thrown={error} episodeKey={key} reset={reset} overrides={overrides} autoFocus={autoFocus} headingLevel={headingLevel} />;
}

interface EpisodeFallbackProps {
  error: ApiError;
  thrown: unknown;
  episodeKey: string;
  reset: (() => void) | undefined;
  overrides: FallbackOverrides;
  autoFocus: boolean;
  headingLevel: HeadingLevel;
}

/** One failure of an episode: its attempt number is read once, when it first appears. */
function EpisodeFallback({ error, thrown, episodeKey, reset, overrides, autoFocus, headingLevel }: EpisodeFallbackProps) {
  const { kit } = useApiErrorSettings();
  // The data library's failed requests are cleared before the route renders again, so a panel
  // that failed inside the route fetches anew instead of rethrowing its cached failure.
  const adapter = useRetryAdapter(kit);
  const announceRecovery = useRef(useRecoveredAnnouncement());
  const recovery = useRef<Recovery>(undefined);
  // On the server every render is a first failure: the episode store is the browser's alone.
  const [attempt] = useState(() => (isBrowser ? currentEpisode(episodeKey).automaticRetries : 0));
  useEffect(
    () => () => {
      // The slot goes when the route comes back: the route's first heading takes the focus the slot had.
      const recovered = recovery.current;
      if (!recovered) return;
      setTimeout(() => {
        if (recovered.moveFocus && (document.activeElement === null || document.activeElement === document.body)) {
          focusRecovered(headingOrFirst(document.querySelectorAll('main')) ?? headingOrFirst(document.body.children));
        }
        announceRecovery.current();
      }, 0);
    },
    [],
  );
  return (
    <RetryingFallback
      error={error}
      thrown={thrown}
      overrides={overrides}
      attempt={() => (isBrowser ? currentEpisode(episodeKey).automaticRetries : attempt)}
      startRetry={
        reset &&
        ((automatic) => {
          if (automatic) currentEpisode(episodeKey).automaticRetries += 1;
          else endEpisode(episodeKey);
        })
      }
      probe={reset && adapter.probe}
      restore={(recovered) => {
        recovery.current = recovered;
        adapter.reset();
        reset?.();
      }}
      autoFocus={autoFocus && attempt === 0}
      headingLevel={headingLevel}
    />
  );
}

'use client';
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiError } from '../../core/ApiError';
import { useRegistryEntry } from '../hooks/useRegistryEntry';
import { useHydrated } from '../hooks/useHydrated';
import { pageFailures, sharedKindOf } from './sharedFailures';

/** How a panel shows its part of a shared failure. */
export interface SharedFailureView {
  /** True for every panel but the first: it waits quietly instead of prompting and announcing. */
  quiet: boolean;
  /** Retries every panel with this failure, as a person asked (or the panel's own retry when it is not shared). */
  onRetry: (() => void) | undefined;
  /** Retries every panel with this failure by the schedule. */
  onAutoRetry: (() => void) | undefined;
}

const isBrowser = typeof window !== 'undefined';

/**
 * Makes a session expiry or a network outage one event for the page: the first panel to show it
 * speaks (one sign-in prompt, one alert, one countdown), the others wait quietly, and a retry of
 * the first retries them all. On the server and while hydrating every panel renders whole, so
 * the HTML matches.
 */
export function useSharedFailure(error: ApiError, onRetry: (() => void) | undefined, onAutoRetry: (() => void) | undefined): SharedFailureView {
  const fallback = useRegistryEntry(error).fallback;
  const kind = isBrowser ? sharedKindOf(error, fallback) : undefined;
  const id = useId();
  const hydrated = useHydrated();
  // Claimed while rendering, so the first panel is already the one that speaks on its first paint.
  useState(() => kind !== undefined && pageFailures.claim(kind, id));
  const primary = useSyncExternalStore(
    pageFailures.subscribe,
    () => kind === undefined || pageFailures.isPrimary(kind, id),
    () => true,
  );
  const own = useRef({ onRetry, onAutoRetry });
  useEffect(() => {
    own.current = { onRetry, onAutoRetry };
  });
  useLayoutEffect(() => {
    if (kind === undefined) return undefined;
    return pageFailures.join(kind, { id, retry: () => own.current.onRetry?.(), autoRetry: () => own.current.onAutoRetry?.() });
  }, [kind, id]);
  // Passive effects run after every layout effect: by now each mounted panel has joined.
  useEffect(() => {
    if (kind !== undefined) pageFailures.repairClaim(kind);
  }, [kind]);
  if (kind === undefined) return { quiet: false, onRetry, onAutoRetry };
  return {
    quiet: hydrated && !primary,
    onRetry: onRetry && (() => pageFailures.retryAll(kind, false)),
    onAutoRetry: onAutoRetry && (() => pageFailures.retryAll(kind, true)),
  };
}

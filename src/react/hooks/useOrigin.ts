'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** This page's origin, or undefined on the server (so hydration sees what the server rendered). */
export function useOrigin(): string | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => undefined,
  );
}

'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** The current path, query and hash: where sign-in should bring the user back to. */
export function useReturnTo(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.pathname + window.location.search + window.location.hash,
    () => '/',
  );
}

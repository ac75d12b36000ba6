'use client';
import { createContext, useContext } from 'react';

/** True while a fallback's retry is being tried in the background, the fallback still on screen. */
export const RetryingContext = createContext(false);

/** Whether the retry of the fallback around this component is under way. */
export function useRetrying(): boolean {
  return useContext(RetryingContext);
}

import { useCallback, useEffect, useRef, useState } from 'react';

const MAX_TIMER_MS = 2 ** 31 - 1;

/** A retry that runs by itself after `delayMs`, with the time left for a countdown. */
export interface ScheduledRetry {
  /** Time left in ms, updated once a second; undefined when nothing is scheduled. */
  remainingMs: number | undefined;
  /** Retry at once instead of waiting. */
  retryNow: () => void;
}

/**
 * Schedules `onRetry` after `delayMs` (nothing when either is undefined) and counts down to it.
 * The timers start in an effect, so server rendering never touches them.
 */
export function useScheduledRetry(delayMs: number | undefined, onRetry: (() => void) | undefined): ScheduledRetry {
  const [remainingMs, setRemainingMs] = useState(delayMs);
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  });

  useEffect(() => {
    // Past setTimeout's limit (about 24.8 days) a timer fires at once; such waits are never scheduled.
    if (delayMs === undefined || !retry.current || !(delayMs >= 0 && delayMs <= MAX_TIMER_MS)) return undefined;
    const deadline = Date.now() + delayMs;
    setRemainingMs(delayMs);
    const tick = setInterval(() => setRemainingMs(Math.max(0, deadline - Date.now())), 1000);
    const fire = setTimeout(() => {
      clearInterval(tick);
      retry.current?.();
    }, delayMs);
    return () => {
      clearInterval(tick);
      clearTimeout(fire);
    };
  }, [delayMs]);

  const retryNow = useCallback(() => retry.current?.(), []);
  return { remainingMs: onRetry ? remainingMs : undefined, retryNow };
}

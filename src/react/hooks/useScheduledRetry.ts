'use client';
import { useEffect, useRef, useState } from 'react';
import { MAX_TIMER_MS } from '../../core/retry/backoff';

/** A retry that runs by itself after `delayMs`, with the time left for a countdown. */
export interface ScheduledRetry {
  /** Time left in ms, updated once a second; undefined when nothing is scheduled. */
  remainingMs: number | undefined;
}

/**
 * Schedules `onRetry` after `delayMs` (nothing when either is undefined) and counts down to it.
 * The timers start in an effect, so server rendering never touches them. A fallback draws its
 * delay once, so the countdown starts from the state's first value.
 */
export function useScheduledRetry(delayMs: number | undefined, onRetry: (() => void) | undefined): ScheduledRetry {
  const [remainingMs, setRemainingMs] = useState(delayMs);
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  });
  const scheduled = onRetry !== undefined;

  useEffect(() => {
    // Past setTimeout's limit (about 24.8 days) a timer fires at once; such waits are never scheduled.
    if (delayMs === undefined || !scheduled || !(delayMs >= 0 && delayMs <= MAX_TIMER_MS)) return undefined;
    const deadline = Date.now() + delayMs;
    const tick = setInterval(() => setRemainingMs(Math.max(0, deadline - Date.now())), 1000);
    const fire = setTimeout(() => {
      clearInterval(tick);
      retry.current?.();
    }, delayMs);
    return () => {
      clearInterval(tick);
      clearTimeout(fire);
    };
  }, [delayMs, scheduled]);

  return { remainingMs: scheduled && delayMs !== undefined ? remainingMs : undefined };
}

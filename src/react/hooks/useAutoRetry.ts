'use client';
import { useState } from 'react';
import { DEFAULT_MAX_AUTOMATIC_RETRIES, MAX_SELF_RETRY_MS, selfRetryDelay } from '../../core/retry/selfRetry';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { useHydrated } from './useHydrated';
import { useMessages } from './useMessages';
import { useScheduledRetry } from './useScheduledRetry';

/** A fallback's own retry: the shared backoff rule with the server's stated wait, capped per failure episode. */
export interface AutoRetry {
  /** "Trying again in 30 seconds", changing only at coarse steps; undefined with nothing to say. */
  status: string | undefined;
  /** True when no automatic retry will come (a form's submit, or the episode's attempts used up): a person decides. */
  waitingForPerson: boolean;
}

const ignore = () => undefined;

/**
 * Schedules the retry a fallback makes by itself, and words its countdown for a polite live
 * region. A fallback that must not retry by itself (a failed submit) counts down the server's
 * stated wait instead, so the user knows when trying again can work. The wait is drawn once
 * per fallback and shown only after hydration (it is random), so server HTML and the first
 * client render agree.
 */
export function useAutoRetry({ error, attempt = 0, onRetry, onAutoRetry, autoRetry = true }: FallbackProps, enabled = true): AutoRetry {
  const { kit } = useApiErrorSettings();
  const backoff = kit.selfRetry;
  const { t, wait } = useMessages();
  const hydrated = useHydrated();
  const automatic = autoRetry ? (onAutoRetry ?? onRetry) : undefined;
  const exhausted = automatic !== undefined && attempt >= (backoff.maxAutomaticRetries ?? DEFAULT_MAX_AUTOMATIC_RETRIES);
  // Drawn once per fallback, so re-renders do not move the deadline.
  const [delayMs] = useState(() => (automatic ? selfRetryDelay(error, attempt, backoff, kit.rateLimits) : error.retryAfterMs));
  const countdownMs = delayMs !== undefined && delayMs <= MAX_SELF_RETRY_MS ? delayMs : undefined;
  const { remainingMs } = useScheduledRetry(enabled ? countdownMs : undefined, automatic ?? (countdownMs === undefined ? undefined : ignore));
  let status: string | undefined;
  if (!hydrated) status = undefined;
  else if (exhausted) status = t(onRetry ? 'retry.stoppedTryAgain' : 'retry.stopped');
  // A wait too long to sit through on screen is stated, not counted down.
  else if (countdownMs === undefined && error.retryAfterMs !== undefined && error.retryAfterMs > 0) status = t('retry.youCanTryAgainIn', { wait: wait(error.retryAfterMs) });
  else if (remainingMs !== undefined && automatic) status = remainingMs > 0 ? t('retry.tryingAgainIn', { wait: wait(remainingMs) }) : t('retry.tryingAgainNow');
  else if (remainingMs !== undefined) status = remainingMs > 0 ? t('retry.youCanTryAgainIn', { wait: wait(remainingMs) }) : t('retry.youCanTryAgainNow');
  return { status, waitingForPerson: exhausted || automatic === undefined };
}

import { useState } from 'react';
import type { ApiError } from '../../core/ApiError';
import { describeWait } from '../../core/format/describeTime';
import { selfRetryDelay } from '../../core/retry/selfRetry';
import { useApiErrorSettings } from '../ApiErrorSettings';
import { useScheduledRetry } from './useScheduledRetry';

/** A fallback's own retry: the server's wait when it stated one, else a capped backoff by attempt. */
export interface AutoRetry {
  /** "Trying again in 30 seconds", changing only at coarse steps; undefined with nothing to retry. */
  status: string | undefined;
  retryNow: () => void;
}

/** Schedules the retry a fallback makes by itself, and words its countdown for a polite live region. */
export function useAutoRetry(error: ApiError, attempt: number | undefined, onRetry: (() => void) | undefined, enabled = true): AutoRetry {
  const { backoff } = useApiErrorSettings();
  // Drawn once per fallback, so re-renders do not move the deadline.
  const [delayMs] = useState(() => selfRetryDelay(error, attempt ?? 0, backoff));
  const { remainingMs, retryNow } = useScheduledRetry(enabled ? delayMs : undefined, onRetry);
  // A wait too long to sit through on screen is stated, not counted down.
  const longWait = delayMs === undefined && error.retryAfterMs !== undefined ? `You can try again in ${describeWait(error.retryAfterMs)}.` : undefined;
  return {
    status: longWait ?? (remainingMs === undefined ? undefined : remainingMs > 0 ? `Trying again in ${describeWait(remainingMs)}.` : 'Trying again now.'),
    retryNow,
  };
}

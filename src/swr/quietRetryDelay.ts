import type { ApiError } from '../core/ApiError';
import type { ErrorKit } from '../core/kit/createErrorKit';

/**
 * When SWR should fetch a failed key again by itself, or undefined for not at all. With nothing
 * on screen the failure is shown at once (the boundary, or the app's error slot), and its
 * fallback retries, saying so: a silent retry would be a bare loading state while the policy
 * waits. With data on screen, retries stay quiet behind it, as the kit's policy says (its
 * floor, backoff, cap, a stated `Retry-After` and the origin's rate-limit wait).
 * `retryCount` is SWR's: 1 for the first retry.
 */
export function quietRetryDelay(kit: ErrorKit, error: ApiError, retryCount: number, dataOnScreen: boolean): number | undefined {
  if (!dataOnScreen || error.category === 'cancelled') return undefined;
  // The policy counts as react-query does: 0 failures before the first retry's decision.
  const failureCount = Math.max(0, retryCount - 1);
  return kit.retry.retry(failureCount, error) ? kit.retry.retryDelay(failureCount, error) : undefined;
}

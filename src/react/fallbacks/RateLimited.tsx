import { forwardRef } from 'react';
import { text, toNumber } from '../../core/internal/read';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { FallbackShell } from './FallbackShell';

/**
 * Shown for rate limits: counts down the server's Retry-After in a polite status region that
 * changes only at coarse steps, then retries by itself. No "try now": an early retry would be
 * refused again.
 */
export const RateLimited = forwardRef<HTMLElement, FallbackProps>(function RateLimited(props, ref) {
  const { error, attempt, onRetry } = props;
  const { status } = useAutoRetry(error, attempt, onRetry);
  const limit = toNumber(error.details['limit']);
  const per = text(error.details, 'window');
  return (
    <FallbackShell ref={ref} {...props} variant="rate-limited" status={status ?? ''}>
      {limit !== undefined && (
        <p className="aek-fallback__facts">
          The limit is {limit} requests{per ? ` every ${per}` : ''}.
        </p>
      )}
    </FallbackShell>
  );
});

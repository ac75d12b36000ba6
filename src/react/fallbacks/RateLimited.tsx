'use client';
import { forwardRef } from 'react';
import { readFacts } from '../../core/screen/facts';
import { RATE_LIMIT_FACTS } from '../../core/screen/standardFacts';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { durationIn } from '../../core/messages/describeWait';
import { useMessages } from '../hooks/useMessages';
import { rateLimitWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';


/**
 * Shown for rate limits: counts down the server's Retry-After in a polite status region that
 * changes only at coarse steps, then retries by itself. No "try now" while it counts down: an
 * early retry would be refused again. Once the episode's automatic retries are used up it
 * stops and offers "Try again".
 */
export const RateLimited = forwardRef<HTMLElement, FallbackProps>(function RateLimited(props, ref) {
  const { error, onRetry } = props;
  const { status, waitingForPerson } = useAutoRetry(props);
  const { t, rich } = useMessages(rateLimitWords);
  const { limit, window: per } = readFacts(error, RATE_LIMIT_FACTS);
  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="rate-limited"
      advice={waitingForPerson ? t('advice.waitThenRetry') : undefined}
      status={status ?? ''}
      actions={waitingForPerson && <RetryButton onRetry={onRetry} />}
    >
      {limit !== undefined && (
        <p className="aek-fallback__facts">
          {per
            ? rich('rateLimit.limitPer', { count: limit, window: durationIn(per.value, per.unit) }, limit)
            : rich('rateLimit.limit', { count: limit }, limit)}
        </p>
      )}
    </FallbackShell>
  );
});

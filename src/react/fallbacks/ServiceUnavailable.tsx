'use client';
import { forwardRef } from 'react';
import { readFacts } from '../../core/screen/facts';
import { SERVICE_FACTS } from '../../core/screen/standardFacts';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { useMessages } from '../hooks/useMessages';
import { serviceWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';


/**
 * Shown while the API or a service it depends on is down or slow (unavailable, upstream,
 * timeout): a "reconnecting" state, not a dead end. It retries by itself with backoff, says
 * when, and offers "Try now"; after the episode's automatic retries it stops and offers "Try again".
 */
export const ServiceUnavailable = forwardRef<HTMLElement, FallbackProps>(function ServiceUnavailable(props, ref) {
  const { error, onRetry } = props;
  const { status, waitingForPerson } = useAutoRetry(props);
  const { t, rich } = useMessages(serviceWords);
  const { service } = readFacts(error, SERVICE_FACTS);
  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="unavailable"
      title={service && error.category === 'upstream' ? rich('service.notResponding', { service: <bdi>{service}</bdi> }) : undefined}
      advice={waitingForPerson ? t('advice.retryInFewMinutes') : undefined}
      status={status ?? ''}
      actions={<RetryButton onRetry={onRetry} label={waitingForPerson ? 'action.tryAgain' : 'action.tryNow'} />}
    />
  );
});

'use client';
import { forwardRef, useEffect, useRef } from 'react';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { useOnline } from '../hooks/useOnline';
import { useMessages } from '../hooks/useMessages';
import { networkWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/**
 * Shown when no response arrived: while the browser is offline it waits and retries the moment
 * it is back online; while it says it is online (the server is unreachable) it retries with
 * backoff, up to the episode's cap.
 */
export const NetworkOffline = forwardRef<HTMLElement, FallbackProps>(function NetworkOffline(props, ref) {
  const { onRetry, onAutoRetry, autoRetry = true } = props;
  const { t } = useMessages(networkWords);
  const online = useOnline();
  const { status, waitingForPerson } = useAutoRetry(props, online);
  const wasOffline = useRef(!online);
  const backOnline = autoRetry ? (onAutoRetry ?? onRetry) : undefined;
  useEffect(() => {
    if (!online) wasOffline.current = true;
    else if (wasOffline.current) {
      wasOffline.current = false;
      backOnline?.();
    }
  }, [online, backOnline]);
  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="network"
      title={online ? t('network.cannotReach') : undefined}
      advice={waitingForPerson ? t('advice.checkConnectionThenRetry') : undefined}
      status={online ? (status ?? '') : backOnline ? t('retry.whenBackOnline') : ''}
      actions={<RetryButton onRetry={onRetry} label={waitingForPerson ? 'action.tryAgain' : 'action.tryNow'} />}
    />
  );
});

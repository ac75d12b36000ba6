import { forwardRef } from 'react';
import { supportReference } from '../../core/screen/supportReference';
import type { FallbackProps } from '../FallbackProps';
import { useMessages } from '../hooks/useMessages';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/** The fallback for errors no more specific fallback explains: what happened, a reference, a retry. */
export const GenericFallback = forwardRef<HTMLElement, FallbackProps>(function GenericFallback(props, ref) {
  const { error, onRetry } = props;
  const { rich } = useMessages();
  const reference = supportReference(error);
  return (
    <FallbackShell ref={ref} {...props} variant="generic" actions={<RetryButton onRetry={onRetry} />}>
      {reference !== undefined && (
        <p className="aek-fallback__reference">
          {rich('reference.label', { reference: <code>{reference}</code> })}
        </p>
      )}
    </FallbackShell>
  );
});

'use client';
import { forwardRef } from 'react';
import { CATEGORIES } from '../../core/categories';
import { supportReference } from '../../core/screen/supportReference';
import type { FallbackProps } from '../FallbackProps';
import { useAutoRetry } from '../hooks/useAutoRetry';
import { useMessages } from '../hooks/useMessages';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';
import { SignInAction } from './SignInAction';

/**
 * The fallback for any error no more specific fallback was given for: the entry's words, a
 * reference for support, and a retry (or, for a sign-in, the way to sign in). A failure expected
 * to pass (an outage, a rate limit, the network) is retried by itself with the kit's backoff, the
 * countdown in a polite status region. It is what a kit without fallbacks of its own shows.
 */
export const GenericFallback = forwardRef<HTMLElement, FallbackProps>(function GenericFallback(props, ref) {
  const { error, onRetry, autoRetry } = props;
  const selfRetrying = CATEGORIES[error.category].selfRetrying;
  const { status, waitingForPerson } = useAutoRetry(props, selfRetrying);
  const { rich } = useMessages();
  const reference = supportReference(error);
  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="generic"
      status={selfRetrying ? (status ?? '') : undefined}
      actions={
        error.category === 'unauthenticated' ? (
          <SignInAction error={error} onRetry={autoRetry === false ? undefined : onRetry} />
        ) : (
          <RetryButton onRetry={onRetry} label={selfRetrying && !waitingForPerson ? 'action.tryNow' : 'action.tryAgain'} />
        )
      }
    >
      {reference !== undefined && (
        <p className="aek-fallback__reference">
          {rich('reference.label', { reference: <code dir="ltr">{reference}</code> })}
        </p>
      )}
    </FallbackShell>
  );
});

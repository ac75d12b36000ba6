'use client';
import { forwardRef } from 'react';
import type { FallbackProps } from '../FallbackProps';
import { useMessages } from '../hooks/useMessages';
import { loginWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { SignInAction } from './SignInAction';

/** Shown for every unauthenticated code: asks the user to sign in again and brings them back to where they were. */
export const LoginPrompt = forwardRef<HTMLElement, FallbackProps>(function LoginPrompt(props, ref) {
  const { error, onRetry, autoRetry } = props;
  const { t } = useMessages(loginWords);
  return (
    <FallbackShell
      ref={ref}
      {...props}
      variant="login"
      actions={
        <>
          <SignInAction error={error} onRetry={autoRetry === false ? undefined : onRetry} />
          {/* A failed submit (autoRetry false) is sent again once the user has signed in, in a dialog or another tab. */}
          {autoRetry === false && onRetry && (
            <button type="button" className="aek-button aek-button--secondary" onClick={onRetry}>
              {t('action.signedInTryAgain')}
            </button>
          )}
        </>
      }
    />
  );
});

'use client';
import { forwardRef, useState } from 'react';
import { supportReference } from '../../core/screen/supportReference';
import type { FallbackProps } from '../FallbackProps';
import { useHydrated } from '../hooks/useHydrated';
import { useMessages } from '../hooks/useMessages';
import { referenceWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/** Shown for server errors: the registry's words (never the server's internals), the reference for support with a copy button, a retry. */
export const ServerError = forwardRef<HTMLElement, FallbackProps>(function ServerError(props, ref) {
  const { error, onRetry } = props;
  const { t, rich } = useMessages(referenceWords);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  // The server has no clipboard: the button appears once the page is live, so hydration matches.
  const hydrated = useHydrated();
  const reference = supportReference(error);
  const copy = () => {
    if (!reference) return;
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(reference))
      .then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  return (
    <FallbackShell ref={ref} {...props} variant="server" status={reference ? (copied ? t(copied === 'copied' ? 'reference.copied' : 'reference.copyFailed') : '') : undefined} actions={<RetryButton onRetry={onRetry} />}>
      {reference && (
        <p className="aek-fallback__reference">
          {rich('reference.giveSupport', { reference: <code dir="ltr">{reference}</code> })}{' '}
          {hydrated && typeof navigator !== 'undefined' && navigator.clipboard && (
            <button type="button" className="aek-button aek-button--secondary" onClick={copy}>
              {t('action.copyReference')}
            </button>
          )}
        </p>
      )}
    </FallbackShell>
  );
});

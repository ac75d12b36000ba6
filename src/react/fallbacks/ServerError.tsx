import { forwardRef, useState } from 'react';
import { supportReference } from '../../core/screen/supportReference';
import type { FallbackProps } from '../FallbackProps';
import { useHydrated } from '../hooks/useHydrated';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/** Shown for server errors: the registry's words (never the server's internals), the reference for support with a copy button, a retry. */
export const ServerError = forwardRef<HTMLElement, FallbackProps>(function ServerError(props, ref) {
  const { error, onRetry } = props;
  const [copied, setCopied] = useState<string>('');
  // The server has no clipboard: the button appears once the page is live, so hydration matches.
  const hydrated = useHydrated();
  const reference = supportReference(error);
  const copy = () => {
    if (!reference) return;
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(reference))
      .then(
      () => setCopied('Reference copied.'),
      () => setCopied('Could not copy. Select the reference and copy it yourself.'),
    );
  };
  return (
    <FallbackShell ref={ref} {...props} variant="server" status={reference ? copied : undefined} actions={<RetryButton onRetry={onRetry} />}>
      {reference && (
        <p className="aek-fallback__reference">
          If you contact support, give them this reference: <code>{reference}</code>{' '}
          {hydrated && typeof navigator !== 'undefined' && navigator.clipboard && (
            <button type="button" className="aek-button aek-button--secondary" onClick={copy}>
              Copy reference
            </button>
          )}
        </p>
      )}
    </FallbackShell>
  );
});

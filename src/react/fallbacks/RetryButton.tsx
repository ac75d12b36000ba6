'use client';
import { useRetrying } from '../RetryingContext';
import type { MessageKey } from '../../locales/en';
import { useMessages } from '../hooks/useMessages';

/** The button that retries now, labelled from the catalogue; absent when there is nothing to retry. */
export function RetryButton({ onRetry, label = 'action.tryAgain' }: { onRetry: (() => void) | undefined; label?: MessageKey }) {
  const { t } = useMessages();
  // While a retry is under way the button stays where it is (focus with it), and says it is busy.
  const retrying = useRetrying();
  if (!onRetry) return null;
  return (
    <button type="button" className="aek-button" aria-disabled={retrying || undefined} onClick={retrying ? undefined : onRetry}>
      {t(label)}
    </button>
  );
}

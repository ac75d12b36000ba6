import type { MessageKey } from '../../locales/en';
import { useMessages } from '../hooks/useMessages';

/** The button that retries now, labelled from the catalogue; absent when there is nothing to retry. */
export function RetryButton({ onRetry, label = 'action.tryAgain' }: { onRetry: (() => void) | undefined; label?: MessageKey }) {
  const { t } = useMessages();
  if (!onRetry) return null;
  return (
    <button type="button" className="aek-button" onClick={onRetry}>
      {t(label)}
    </button>
  );
}

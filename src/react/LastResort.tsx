'use client';
import type { ApiError } from '../core/ApiError';
import { useMessages } from './hooks/useMessages';

/** What a fallback that itself failed leaves on screen: static words that cannot fail, and a way out. */
export function LastResort({ error, onRetry }: { error: ApiError; onRetry?: (() => void) | undefined }) {
  const { t } = useMessages();
  return (
    <div className="aek-fallback aek-fallback--last-resort" data-error-code={error.code} data-error-category={error.category}>
      <p role="alert">{t('lastResort.message')}</p>
      {onRetry && (
        <div className="aek-fallback__actions">
          <button type="button" className="aek-button" onClick={onRetry}>
            {t('action.tryAgain')}
          </button>
        </div>
      )}
    </div>
  );
}

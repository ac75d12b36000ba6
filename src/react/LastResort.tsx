import type { ApiError } from '../core/ApiError';

/** What a fallback that itself failed leaves on screen: static words that cannot fail, and a way out. */
export function LastResort({ error, onRetry }: { error: ApiError; onRetry?: (() => void) | undefined }) {
  return (
    <div className="aek-fallback aek-fallback--last-resort" data-error-code={error.code} data-error-category={error.category}>
      <p role="alert">Sorry, there is a problem.</p>
      {onRetry && (
        <div className="aek-fallback__actions">
          <button type="button" className="aek-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}

/** The button that retries now; absent when there is nothing to retry. */
export function RetryButton({ onRetry, label = 'Try again' }: { onRetry: (() => void) | undefined; label?: string }) {
  if (!onRetry) return null;
  return (
    <button type="button" className="aek-button" onClick={onRetry}>
      {label}
    </button>
  );
}

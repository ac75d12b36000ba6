import { useCallback } from 'react';
import { useErrorBoundary } from 'react-error-boundary';
import { normalizeError } from '../core/normalize/normalizeError';
import { useApiErrorSettings } from './ApiErrorSettings';

/**
 * Sends an error caught outside render (an event handler, an effect, a promise) to the nearest
 * ApiErrorBoundary; a cancelled request is ignored, since it is never shown.
 */
export function useShowApiError(): (error: unknown) => void {
  const { showBoundary } = useErrorBoundary();
  const { registry } = useApiErrorSettings();
  return useCallback(
    (thrown: unknown) => {
      const error = normalizeError(thrown, { registry });
      if (error.category !== 'cancelled') showBoundary(error);
    },
    [registry, showBoundary],
  );
}

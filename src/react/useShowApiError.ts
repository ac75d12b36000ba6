'use client';
import { useCallback } from 'react';
import { useErrorBoundary } from 'react-error-boundary';
import { useNormalize } from './hooks/useNormalize';

/**
 * Sends an error caught outside render (an event handler, an effect, a promise) to the nearest
 * ApiErrorBoundary; a cancelled request is ignored, since it is never shown. A framework's
 * control flow (a Next.js redirect from a server action, a router's redirect) goes as it was
 * thrown, and the boundary passes it on up to the framework.
 */
export function useShowApiError(): (error: unknown) => void {
  const { showBoundary } = useErrorBoundary();
  const normalize = useNormalize();
  return useCallback(
    (thrown: unknown) => {
      const error = normalize(thrown);
      if (error.controlFlow) showBoundary(thrown);
      else if (error.category !== 'cancelled') showBoundary(error);
    },
    [normalize, showBoundary],
  );
}

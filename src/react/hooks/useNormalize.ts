import { useCallback } from 'react';
import type { ApiError } from '../../core/ApiError';
import { normalizeError } from '../../core/normalize/normalizeError';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** Reads whatever was thrown into an ApiError with the app's normalizer and registry (every dialect by default). */
export function useNormalize(): (thrown: unknown) => ApiError {
  const { normalizer = normalizeError, registry } = useApiErrorSettings();
  return useCallback((thrown: unknown) => normalizer(thrown, { registry }), [normalizer, registry]);
}

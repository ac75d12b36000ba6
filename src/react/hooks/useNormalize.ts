import { useMemo } from 'react';
import type { ApiError } from '../../core/ApiError';
import { readerFor } from '../../core/normalize/guardNormalizer';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** Reads whatever was thrown into an ApiError with the app's normalizer and registry (every dialect by default). */
export function useNormalize(): (thrown: unknown) => ApiError {
  const { normalizer, registry } = useApiErrorSettings();
  return useMemo(() => readerFor(normalizer, registry), [normalizer, registry]);
}

import { useMemo } from 'react';
import type { ApiError } from '../../core/ApiError';
import { guardNormalizer } from '../../core/normalize/guardNormalizer';
import { useApiErrorSettings, type ApiErrorSettings } from '../ApiErrorSettings';

/** The reading the settings ask for: the app's normalizer (every dialect by default) with its registry. */
export function normalizerFor({ normalizer, registry }: Pick<ApiErrorSettings, 'normalizer' | 'registry'>): (thrown: unknown) => ApiError {
  const normalize = guardNormalizer(normalizer);
  return (thrown: unknown) => normalize(thrown, { registry });
}

/** Reads whatever was thrown into an ApiError with the app's normalizer and registry (every dialect by default). */
export function useNormalize(): (thrown: unknown) => ApiError {
  const { normalizer, registry } = useApiErrorSettings();
  return useMemo(() => normalizerFor({ normalizer, registry }), [normalizer, registry]);
}

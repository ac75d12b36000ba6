'use client';
import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** Reads whatever was thrown into an ApiError with the app's kit (the default kit without a provider). */
export function useNormalize(): (thrown: unknown) => ApiError {
  return useApiErrorSettings().kit.normalize;
}

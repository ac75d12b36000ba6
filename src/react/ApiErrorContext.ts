'use client';
import { createContext, useContext } from 'react';
import type { ApiError } from '../core/ApiError';

/** The error the nearest ApiErrorBoundary is showing, for components inside its fallback. */
export const ApiErrorContext = createContext<ApiError | undefined>(undefined);

/** The ApiError the nearest boundary is showing, or undefined outside a fallback. */
export function useApiError(): ApiError | undefined {
  return useContext(ApiErrorContext);
}

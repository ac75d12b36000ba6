'use client';
import type { ApiError } from '../../core/ApiError';
import type { ResolvedEntry } from '../../core/registry/CodeEntry';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** The registry entry an error was resolved with; one made by hand is resolved with the app's kit. */
export function useRegistryEntry(error: ApiError): ResolvedEntry {
  const { kit } = useApiErrorSettings();
  return error.entry ?? kit.registry.resolve(error.code, error.status);
}

import type { ApiError } from '../../core/ApiError';
import type { ResolvedEntry } from '../../core/registry/CodeEntry';
import { useApiErrorSettings } from '../ApiErrorSettings';

/** The registry entry for an error, in the registry the app provided. */
export function useRegistryEntry(error: ApiError): ResolvedEntry {
  return useApiErrorSettings().registry.resolve(error.code, error.status);
}

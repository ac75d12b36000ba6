import { API_ERROR_BRAND, ApiError } from './ApiError';

/** True for an ApiError from this or any other copy of the kit (other realm, duplicate install). */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return value instanceof ApiError || (value as { [API_ERROR_BRAND]?: unknown })[API_ERROR_BRAND] === true;
  } catch {
    // A revoked proxy or a throwing getter is simply not an ApiError.
    return false;
  }
}

import { API_ERROR_BRAND, ApiError } from './ApiError';
import { ERROR_CATEGORIES } from './ErrorCategory';

const CATEGORIES: ReadonlySet<unknown> = new Set(ERROR_CATEGORIES);

/** The value's own data property `key`: an ApiError holds every field it is read by as one; getters do not count. */
function own(value: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

/**
 * True for an ApiError from this or any other copy of the kit (other realm, duplicate install):
 * the brand, and the fields every consumer reads, with the types they need. A forged brand (a
 * proxy answering `true` to everything) is not enough, so helpers given an ApiError never throw.
 */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (!(value instanceof ApiError) && own(value, API_ERROR_BRAND) !== true) return false;
    const code = own(value, 'code');
    const fieldErrors = own(value, 'fieldErrors');
    const details = own(value, 'details');
    return (
      typeof code === 'string' &&
      CATEGORIES.has(own(value, 'category')) &&
      typeof own(value, 'message') === 'string' &&
      typeof own(value, 'retryable') === 'boolean' &&
      Array.isArray(fieldErrors) &&
      typeof details === 'object' &&
      details !== null
    );
  } catch {
    // A revoked proxy or a throwing trap is simply not an ApiError.
    return false;
  }
}

import type { ApiError } from '../ApiError';
import type { Registry } from '../registry/createRegistry';
import { normalizeError } from './normalizeError';

/** A misuse of the kit as an ApiError (UNKNOWN_ERROR, as any other), its reason for the developer in `cause`. */
export function misuseError(problem: string, registry: Registry<string> | undefined, cause?: unknown): ApiError {
  return normalizeError(new TypeError(`api-error-kit: ${problem}`, cause === undefined ? undefined : { cause }), { registry });
}

import type { ApiError } from '../ApiError';
import { defaultKit } from '../kit/defaultKit';
import type { NormalizeContext } from './createNormalizer';

/**
 * Turns anything that came back from a failed call (a parsed body, a JSON/HTML/text string, a
 * Response, a thrown fetch or abort error, an HTTP client's error, null) into one ApiError, with
 * the default kit: every standard format, the standard codes. Never throws. (`kit.normalize`
 * reads with your kit's presets, dialects and codes.)
 */
export function normalizeError(input: unknown, context: NormalizeContext = {}): ApiError {
  return defaultKit().normalize(input, context);
}

import type { ApiError } from '../ApiError';
import { DIALECTS, isDialectName, type DialectName } from '../dialects/dialects';
import { createNormalizer, type NormalizeContext, type Normalizer } from './createNormalizer';

export type { NormalizeContext } from './createNormalizer';

const EVERY_DIALECT = Object.values(DIALECTS);
const everyDialect = createNormalizer({ dialects: EVERY_DIALECT });
// A client that names its API's dialect gets it tried first, then detection as usual.
const preferring = new Map<DialectName, Normalizer>();

/**
 * Turns anything that came back from a failed call (a parsed body, a JSON/HTML/text string, a
 * thrown fetch or abort error, an HTTP client's error, null) into one ApiError, reading every
 * dialect the kit knows. Never throws. (`createNormalizer` reads only the dialects you name.)
 */
export function normalizeError(input: unknown, context: NormalizeContext = {}): ApiError {
  const preferred = context.dialect;
  if (preferred === undefined || !isDialectName(preferred)) return everyDialect(input, context);
  let normalizer = preferring.get(preferred);
  if (!normalizer) {
    normalizer = createNormalizer({ dialects: [DIALECTS[preferred], ...EVERY_DIALECT] });
    preferring.set(preferred, normalizer);
  }
  return normalizer(input, context);
}

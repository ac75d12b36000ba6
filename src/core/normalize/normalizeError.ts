import type { ApiError } from '../ApiError';
import { DIALECTS, isDialectName, type DialectName } from '../dialects/dialects';
import { createNormalizer, type NormalizeContext, type Normalizer } from './createNormalizer';

export type { NormalizeContext } from './createNormalizer';

// Made on first use, so an app that builds its own normalizer does not carry every dialect.
let everyDialect: Normalizer | undefined;
// A client that names its API's dialect gets it tried first, then detection as usual.
const preferring = new Map<DialectName, Normalizer>();

/**
 * Turns anything that came back from a failed call (a parsed body, a JSON/HTML/text string, a
 * thrown fetch or abort error, an HTTP client's error, null) into one ApiError, reading every
 * dialect the kit knows. Never throws. (`createNormalizer` reads only the dialects you name.)
 */
export function normalizeError(input: unknown, context: NormalizeContext = {}): ApiError {
  const preferred = context.dialect;
  everyDialect ??= createNormalizer({ dialects: Object.values(DIALECTS) });
  if (preferred === undefined || !isDialectName(preferred)) return everyDialect(input, context);
  let normalizer = preferring.get(preferred);
  if (!normalizer) {
    normalizer = createNormalizer({ dialects: [DIALECTS[preferred], ...Object.values(DIALECTS)] });
    preferring.set(preferred, normalizer);
  }
  return normalizer(input, context);
}

// Artwork / player API (seed 001) and FastAPI's HTTPException: {detail: "sentence"}; Django REST
// Framework sends the same for non-field errors, sometimes with a `code`. The status and the
// sentence are all there is: the registry's sentence matchers turn them into a code.
import { get, text } from '../internal/read';
import type { Dialect } from '../normalize/WireError';

/** Reads `{detail: "..."}` bodies. */
export const detailSentence: Dialect = (body) => {
  const detail = get(body, 'detail');
  if (typeof detail !== 'string') return undefined;
  return { dialect: 'detail', code: text(body, 'code')?.toUpperCase(), message: detail.trim() };
};

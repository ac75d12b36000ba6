// FastAPI's HTTPException: {detail: "sentence"}; Django REST Framework sends the same for
// non-field errors, sometimes with a `code`. The status and the sentence are all there is: a
// preset's sentence matchers can turn them into a code.
import { get, text } from '../internal/read';
import type { Dialect } from '../normalize/WireError';
import { THROTTLED_SENTENCE } from './throttledSentence';
import { defineDialect } from './defineDialect';

/** Reads `{detail: "..."}` bodies. */
export const detailSentence: Dialect = /* @__PURE__ */ defineDialect({ members: ['detail'], matchers: THROTTLED_SENTENCE }, (body) => {
  const detail = get(body, 'detail');
  if (typeof detail !== 'string') return undefined;
  return { dialect: 'detail', code: text(body, 'code')?.toUpperCase(), message: detail.trim() };
});

// Dropbox's API v2 answers 409 for most failures and says which in a summary of tags:
// {error_summary: "path/not_found/..", error: {".tag": "path", path: {".tag": "not_found"}}}.
import { get, isRecord, text } from '../internal/read';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads a tagged-union summary: the deepest tag the registry knows decides (`not_found`, `insufficient_space`). */
export const taggedSummary: Dialect = /* @__PURE__ */ defineDialect({ members: ['error_summary'] }, (body) => {
  const summary = isRecord(body) ? text(body, 'error_summary') : undefined;
  if (!summary) return undefined;
  // Dropbox pads the summary with `/..` and a counter so it is never matched whole; the tags are what it says.
  const tags = summary.split('/').filter((tag) => /^[a-z][a-z0-9_]{0,63}$/.test(tag));
  if (tags.length === 0) return undefined;
  return { dialect: 'tagged-summary', code: tags.join('/'), specificCodes: [...tags].reverse(), message: text(get(body, 'user_message'), 'text') };
});

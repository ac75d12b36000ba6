// An app's use of a preset generated from its API's OpenAPI document: one kit, and the errors of
// one operation narrowed by their codes, each with its typed details.
import type { ApiError } from 'api-error-kit/core';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { errorOf, urlShortener } from './urlShortener.errors';

/** The app's kit: the URL shortener's envelope and codes first, then every standard format. */
export const kit = createErrorKit({ presets: [urlShortener], dialects: standardDialects });

/** What the "shorten a link" form says when `createLink` failed. */
export function createLinkProblem(caught: unknown): string {
  const error: ApiError = kit.normalize(caught);
  const documented = errorOf(error, 'createLink');
  // A code the document does not give createLink (or a network failure): the kit's own words.
  if (!documented) return error.message;
  switch (documented.code) {
    case 'VALIDATION_ERROR':
      // The kit's field errors are the form's paths (`body.url` in the body is `url` here).
      return `Check ${documented.fieldErrors.map((problem) => problem.field).join(', ') || 'the form'}.`;
    case 'CONFLICT':
      return 'That short code is taken: choose another.';
    case 'RATE_LIMIT_EXCEEDED':
      return `Too many links at once: try again in ${documented.details.retry_after ?? 60} seconds.`;
    case 'BAD_REQUEST':
    case 'INTERNAL_ERROR':
    case 'DATABASE_ERROR':
    case 'SERVICE_UNAVAILABLE':
      return documented.message;
    default:
      return documented satisfies never;
  }
}

import { standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { artwork, medianest, prospects, saas, urlShortener } from 'api-error-kit/presets';

/**
 * The app's one error kit: the five APIs the demo talks to (each preset its dialect, codes,
 * fallbacks such as PlexUnreachable, words and link hosts), every standard format after them,
 * and every fallback the kit has. The same kit goes to the fetch client, the QueryClient and
 * the provider, so a failure is read, retried and shown the same way everywhere.
 */
export const kit = createErrorKit({
  presets: [medianest, saas, urlShortener, prospects, artwork],
  dialects: standardDialects,
  fallbacks: { ...standardFallbacks },
});

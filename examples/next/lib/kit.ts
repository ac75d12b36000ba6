import { standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { medianest, saas } from 'api-error-kit/presets';

// One kit module for the server and the browser: a server component reads failures with it,
// the browser's provider shows them with it. `standardFallbacks` is a map of client references
// on the server, so nothing here makes the server import a client module's code.
export const kit = createErrorKit({ presets: [medianest, saas], dialects: standardDialects, fallbacks: standardFallbacks });

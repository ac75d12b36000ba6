import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createApiClient } from 'api-error-kit/fetch';

// One kit module for the server and the browser: nothing here is a client module.
export const kit = createErrorKit({ dialects: standardDialects });
export const api = createApiClient({ baseUrl: 'https://api.example.com', kit });

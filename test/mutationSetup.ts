import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw/server';

// The mutation run's setup: real HTTP through msw as in `npm test`, without a DOM.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

import { setupServer } from 'msw/node';

/** The one msw server unit tests answer real `fetch` calls with; tests add handlers per scenario. */
export const server = setupServer();

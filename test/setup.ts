import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './msw/server';

// A console error or warning fails the test that caused it (react-error-boundary's habit):
// React reports act() mistakes, key warnings and uncaught render errors only there.
const failOnConsole = (kind: 'error' | 'warn') =>
  vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${kind} was called: ${args.map(String).join(' ')}`);
  });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

beforeEach(() => {
  failOnConsole('error');
  failOnConsole('warn');
});
afterEach(() => {
  vi.restoreAllMocks();
});

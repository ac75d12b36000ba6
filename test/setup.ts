import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { defaultKit } from '../src/core/kit/defaultKit';
import { fullKit, standardKit } from '../fixtures/kits';
import { server } from './msw/server';

// A console error or warning fails the test that caused it (react-error-boundary's habit):
// React reports act() mistakes, key warnings and uncaught render errors only there.
// React 19 reports each error a boundary catches, in development; catching is what these tests are about.
const CAUGHT_BY_BOUNDARY = /The above error occurred in the <[\w.]+> component[\s\S]*error boundary you provided/;

const failOnConsole = (kind: 'error' | 'warn') =>
  vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (kind === 'error' && CAUGHT_BY_BOUNDARY.test(text)) return;
    throw new Error(`console.${kind} was called: ${text}`);
  });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Form drafts live in sessionStorage; each test starts with none.
  sessionStorage.clear();
  // A rate limit one test provoked is not the next test's: each starts on a page with none.
  for (const kit of [defaultKit(), fullKit, standardKit]) kit.rateLimits.clear();
});
afterAll(() => server.close());

beforeEach(() => {
  failOnConsole('error');
  failOnConsole('warn');
});
afterEach(() => {
  vi.restoreAllMocks();
});

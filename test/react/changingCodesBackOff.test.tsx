import { fc, test } from '@fast-check/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider, useLoaderData, useRevalidator, useRouteError } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { server } from '../msw/server';

// A server in trouble whose error code changes with every answer (a request id in the code, a
// rotating upstream name): the kit must still see one failing place, back off, and stop.
const API = 'http://api.test/requests';

function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return <ApiErrorFallback error={error} reset={() => void revalidator.revalidate()} />;
}

function Requests() {
  const loaded = useLoaderData<{ requests: string[] }>();
  return <p>{loaded.requests.join(', ')}</p>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a router error slot whose failures change code every time', () => {
  it('retries by itself at most fifteen times, never closer together, then waits for a person', async () => {
    const times: number[] = [];
    const start = Date.now();
    server.use(
      http.get(API, () => {
        times.push(Date.now() - start);
        return HttpResponse.json({ error: { code: `UPSTREAM_${times.length}_UNAVAILABLE`, message: 'Upstream unavailable' } }, { status: 503 });
      }),
    );
    const router = createMemoryRouter([{ path: '/requests', loader: () => apiFetch(API), element: <Requests />, errorElement: <RouteError />, hydrateFallbackElement: <p>Loading…</p> }], { initialEntries: ['/requests'] });
    render(<RouterProvider router={router} />);
    for (let elapsed = 0; elapsed < 10 * 60_000; elapsed += 1000) await act(() => vi.advanceTimersByTimeAsync(1000));
    // The first load, then the slot's fifteen automatic retries.
    expect(times).toHaveLength(16);
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

/** What a router does with its error slot: a new error object after every retry, the slot mounted again. */
function Slot({ codes, onReset }: { codes: readonly string[]; onReset: () => void }) {
  const [failures, setFailures] = useState(0);
  const code = codes[failures % codes.length] ?? 'SERVICE_UNAVAILABLE';
  const error = normalizeError({ error: { code, message: 'Down' } }, { status: 503 });
  return (
    <ApiErrorFallback
      key={failures}
      error={error}
      reset={() => {
        onReset();
        setFailures((count) => count + 1);
      }}
    />
  );
}

describe('route fallback episodes are per place, whatever the codes', () => {
  test.prop([fc.array(fc.stringMatching(/^[A-Z][A-Z_]{2,20}$/), { minLength: 1, maxLength: 8 })], { numRuns: 15 })(
    'any sequence of codes gets at most fifteen automatic retries, never sooner than a second apart',
    async (codes) => {
      const resets: number[] = [];
      const start = Date.now();
      // Each run is a page of its own: a place is its path, and every run uses a new one.
      window.history.replaceState(null, '', `/place-${Math.random().toString(36).slice(2)}`);
      render(<Slot codes={codes} onReset={() => resets.push(Date.now() - start)} />);
      for (let elapsed = 0; elapsed < 10 * 60_000; elapsed += 2000) await act(() => vi.advanceTimersByTimeAsync(2000));
      cleanup();
      expect(resets.length).toBeLessThanOrEqual(15);
      const gaps = resets.map((time, index) => time - (resets[index - 1] ?? 0));
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000);
    },
  );
});

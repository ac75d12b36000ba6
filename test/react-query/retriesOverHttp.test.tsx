import { QueryObserver, useMutation, useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import type { ApiError } from '../../src/core/ApiError';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { useApiErrorSettings } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient } from '../../src/react-query/createApiQueryClient';
import { server } from '../msw/server';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';

const URL = 'http://api.test/library';

/** Records when each request arrived, in the test's (fake) time. */
function scriptedServer(respond: (elapsedMs: number, count: number) => Response | Promise<Response>) {
  const times: number[] = [];
  const start = Date.now();
  server.use(
    http.get(URL, () => {
      times.push(Date.now() - start);
      return respond(Date.now() - start, times.length);
    }),
  );
  return times;
}

function Library() {
  // The app's one kit, for the fetch client too: its rate limits are the ones the policy waits for.
  const { kit } = useApiErrorSettings();
  const { data } = useQuery({ queryKey: ['library'], queryFn: ({ signal }) => apiFetch<{ items: string[] }>(URL, { signal, kit }) });
  return <p>{data ? `${data.items.length} items` : 'Loading…'}</p>;
}

describe('retries over real HTTP', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a 401 to the boundary after one request, with no wait', async () => {
    const times = scriptedServer(() => HttpResponse.json({ error: 'UNAUTHORIZED', message: 'Authentication required', statusCode: 401 }, { status: 401 }));
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Library />
      </ApiErrorBoundary>,
    );
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(times).toEqual([0]);
  });

  it('retries a 429 with Retry-After: 5 at 5 s, not before, counting down on screen from the first answer', async () => {
    const times = scriptedServer((_, count) =>
      count === 1 ? HttpResponse.json({ error: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', statusCode: 429, details: { retryAfter: 5 } }, { status: 429, headers: { 'Retry-After': '5' } }) : HttpResponse.json({ items: ['a', 'b'] }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Library />
      </ApiErrorBoundary>,
    );
    // The truth at once: a countdown, never a bare loading state while the wait runs.
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Trying again in/);
    await act(() => vi.advanceTimersByTimeAsync(4899));
    expect(times).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(times).toHaveLength(2);
    expect(times[1]).toBeGreaterThanOrEqual(5000);
    expect(screen.getByText('2 items')).toBeInTheDocument();
  });
  it('shows a reconnecting state during a 20 s outage from the first answer, with no loading flash, and brings the data back within 2 s of the end', async () => {
    const OUTAGE_MS = 20_000;
    const times = scriptedServer((elapsed) =>
      elapsed < OUTAGE_MS ? HttpResponse.json({ success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Service temporarily unavailable' }, { status: 503 }) : HttpResponse.json({ items: ['a'] }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Library />
      </ApiErrorBoundary>,
    );
    let reconnectingFrom: number | undefined;
    let recoveredAt: number | undefined;
    for (let t = 0; t < 120_000 && recoveredAt === undefined; t += 250) {
      await act(() => vi.advanceTimersByTimeAsync(250));
      if (screen.queryByRole('heading', { name: 'This service is temporarily unavailable' })) {
        reconnectingFrom ??= t + 250;
        expect(screen.getByRole('status')).toHaveTextContent(/Trying again/);
        expect(screen.getByRole('button', { name: 'Try now' })).toBeInTheDocument();
      } else if (reconnectingFrom !== undefined && !screen.queryByText('1 items')) {
        throw new Error(`At ${t + 250} ms the fallback gave way to: ${document.body.textContent ?? ''}`);
      }
      if (screen.queryByText('1 items')) recoveredAt = t + 250;
    }
    expect(reconnectingFrom).toBeLessThanOrEqual(250);
    expect(recoveredAt).toBeDefined();
    expect(recoveredAt).toBeLessThanOrEqual(OUTAGE_MS + 2250);
    expect(times.filter((time) => time >= OUTAGE_MS)).toHaveLength(1);
    // One request at first, then one per retry of the fallback, never closer than 1 s.
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000);
    expect(times.length).toBeLessThanOrEqual(13);
  });
  it('against a server that always answers 429 with Retry-After: 0, sends sixteen requests in a quarter of an hour, further apart each time, then waits for a person', async () => {
    const times = scriptedServer(() => HttpResponse.json({ error: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', statusCode: 429 }, { status: 429, headers: { 'Retry-After': '0' } }));
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Library />
      </ApiErrorBoundary>,
    );
    for (let t = 0; t < 900_000; t += 1000) await act(() => vi.advanceTimersByTimeAsync(1000));
    // The first request, then the fallback's fifteen, waiting for the origin's growing rate-limit
    // gate (2 s, 4 s, 8 s… to a minute): never sooner than 1 s apart.
    expect(times).toHaveLength(16);
    expect(times.filter((time) => time < 600_000).length).toBeLessThanOrEqual(15);
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(screen.getByRole('status')).toHaveTextContent('We have stopped trying for now. Try again when you are ready.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });


  it('reads a thrown HTTP client error once per failure, however many parts look at it', async () => {
    let reads = 0;
    const axiosLike = () => {
      const error = new Error('Request failed with status code 503');
      Object.defineProperty(error, 'response', {
        enumerable: true,
        get: () => {
          reads += 1;
          return { status: 503, headers: {}, data: { success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Down' } };
        },
      });
      return error;
    };
    function Flaky() {
      const { data } = useQuery({ queryKey: ['flaky'], queryFn: () => Promise.reject(axiosLike()) });
      return <p>{data ? 'loaded' : 'Loading…'}</p>;
    }
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Flaky />
      </ApiErrorBoundary>,
      { retry: { maxRetries: 0 } },
    );
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByRole('heading', { name: 'This service is temporarily unavailable' })).toBeInTheDocument();
    // The retry policy, the query client, the boundary and the fallback all looked; the error was read once.
    expect(reads).toBe(1);
  });

  it('neither retries nor shows a query that was aborted', async () => {
    const times = scriptedServer(async () => {
      await delay(10_000);
      return HttpResponse.json({ items: [] });
    });
    const onError = vi.fn();
    const { client } = renderWithQueryClient(
      <ApiErrorBoundary>
        <Library />
      </ApiErrorBoundary>,
      { onError },
    );
    await act(() => vi.advanceTimersByTimeAsync(100));
    await act(() => client.cancelQueries({ queryKey: ['library'] }));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(times).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('createApiQueryClient', () => {
  it('does not retry a failed mutation unless it says it is idempotent', async () => {
    let posts = 0;
    server.use(http.post(URL, () => (++posts, HttpResponse.json({ error: 'SERVICE_ERROR', message: 'x', statusCode: 500 }, { status: 500 }))));
    function Save({ idempotent }: { idempotent: boolean }) {
      const save = useMutation({ mutationFn: () => apiFetch(URL, { method: 'POST' }), meta: { idempotent }, throwOnError: false });
      return (
        <button type="button" onClick={() => save.mutate()}>
          {save.isError ? 'Failed' : 'Save'}
        </button>
      );
    }
    const { unmount } = renderWithQueryClient(<Save idempotent={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Failed' });
    expect(posts).toBe(1);
    unmount();

    posts = 0;
    renderWithQueryClient(<Save idempotent />, { retry: { minDelayMs: 1, baseDelayMs: 1 } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Failed' }, { timeout: 3000 });
    expect(posts).toBe(4);
  });

  it('reports a session expiry once, not once per query, and again after a success', async () => {
    let expired = true;
    server.use(http.get('http://api.test/:name', () => (expired ? HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 }) : HttpResponse.json({ ok: true }))));
    const reports: ApiError[] = [];
    const client = createApiQueryClient({ onError: (error) => reports.push(error) });
    const fetchAll = () =>
      Promise.allSettled(['a', 'b', 'c'].map((name) => client.fetchQuery({ queryKey: [name], queryFn: () => apiFetch(`http://api.test/${name}`) })));
    await fetchAll();
    expect(reports.map((error) => error.code)).toEqual(['UNAUTHORIZED']);
    expired = false;
    await client.fetchQuery({ queryKey: ['d'], queryFn: () => apiFetch('http://api.test/d') });
    expired = true;
    client.clear();
    await fetchAll();
    expect(reports).toHaveLength(2);
  });

  it('keeps a query’s data on screen on any background failure, unless the app chose a boundary for its category', async () => {
    const client = createApiQueryClient();
    const observer = new QueryObserver(client, { queryKey: ['x'], queryFn: () => Promise.resolve(1) });
    const options = client.getDefaultOptions().queries;
    await observer.refetch();
    const query = client.getQueryCache().find({ queryKey: ['x'] });
    const throwOnError = options?.throwOnError as (error: unknown, query: unknown) => boolean;
    expect(throwOnError(Object.assign(new Error('x'), { response: { status: 429, data: {} } }), query)).toBe(false);
    expect(throwOnError(Object.assign(new Error('x'), { response: { status: 401, data: {} } }), query)).toBe(false);
    expect(throwOnError(new DOMException('aborted', 'AbortError'), query)).toBe(false);
    const strict = createApiQueryClient({ boundaryCategories: ['unauthenticated'] });
    const strictThrow = strict.getDefaultOptions().queries?.throwOnError as (error: unknown, query: unknown) => boolean;
    expect(strictThrow(Object.assign(new Error('x'), { response: { status: 401, data: {} } }), query)).toBe(true);
  });
});

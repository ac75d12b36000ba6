import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Suspense, type ReactNode } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../src/core/ApiError';
import type { ErrorKit } from '../../src/core/kit/createErrorKit';
import { signalSignIn } from '../../src/core/session/signInSignal';
import { apiFetch } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ApiErrorNotices } from '../../src/react/ApiErrorNotices';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { dismissNotice, noticeStore, type Notice } from '../../src/react/notices';
import { createSwrConfig, type ApiSwrConfigOptions } from '../../src/swr/createSwrConfig';
import { fullKit } from '../helpers/kits';
import { server } from '../msw/server';

// SWR with the kit, over real HTTP through msw: retries, "Try again", sign-in and stale data,
// suspense or not. Each app gets a cache of its own, as a page load would.

const BASE = 'http://api.test';
const get = (path: string) => apiFetch<{ name: string }>(`${BASE}${path}`);

/** A fresh kit per test: its rate-limit waits are its own. */
function newKit(): ErrorKit {
  return fullKit.extend({ retry: { random: () => 0.5 } });
}

/** Renders as React does a page that suspends: inside an awaited act(). */
async function renderSuspending(ui: ReactNode): Promise<void> {
  await act(async () => {
    render(ui);
  });
}

async function renderWithSwr(ui: ReactNode, options: ApiSwrConfigOptions & { kit?: ErrorKit } = {}): Promise<void> {
  const kit = options.kit ?? newKit();
  const value = createSwrConfig({ ...options, kit, config: { provider: () => new Map(), ...options.config } });
  await renderSuspending(
    <SWRConfig value={value}>
      <ApiErrorProvider kit={kit}>
        <ApiErrorNotices />
        {ui}
      </ApiErrorProvider>
    </SWRConfig>,
  );
}

/** A server at `path` answering with `respond`, counting requests. */
function route(path: string, respond: (count: number) => Response) {
  const state = { requests: 0 };
  server.use(http.get(`${BASE}${path}`, () => respond(++state.requests)));
  return state;
}

const serverError = () => HttpResponse.json({ error: 'SERVICE_ERROR', message: 'Unexpected', statusCode: 500 }, { status: 500 });
const expired = () => HttpResponse.json({ error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired.' } }, { status: 401 });
const unavailable = () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down' } }, { status: 503 });

/** A panel that suspends for its data and throws its failure to the nearest boundary (SWR's suspense mode). */
function SuspensePanel({ path }: { path: string }) {
  const { data } = useSWR(path, get, { suspense: true });
  return (
    <section aria-label={path}>
      <h3>{data.name}</h3>
    </section>
  );
}

function Panel({ path }: { path: string }) {
  return (
    <ApiErrorBoundary>
      <Suspense fallback={<p>Loading…</p>}>
        <SuspensePanel path={path} />
      </Suspense>
    </ApiErrorBoundary>
  );
}

/** Records every text the page shows between now and the end, to catch a loading state in between. */
function recordTexts(): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return () => (observer.disconnect(), seen);
}

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  // The page's notices are one list: each test starts with none.
  for (const notice of noticeStore.get()) dismissNotice(notice.error.code);
});

describe('SWR in suspense mode inside ApiErrorBoundary', () => {
  it('without the kit’s config, "Try again" sends nothing: SWR rethrows its cached error', async () => {
    const state = route('/usage', serverError);
    const kit = newKit();
    await renderSuspending(
      <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false }}>
        <ApiErrorProvider kit={kit}>
          <Panel path="/usage" />
        </ApiErrorProvider>
      </SWRConfig>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(state.requests).toBe(1);
  });

  it('"Try again" fetches the failed key once more with the fallback on screen, and the content comes back with its data, no loading state between', async () => {
    const state = route('/usage', (n) => (n === 1 ? serverError() : HttpResponse.json({ name: 'Usage: 37 used' })));
    await renderWithSwr(<Panel path="/usage" />);
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, there is a problem with the service');
    const texts = recordTexts();
    await userEvent.click(tryAgain);
    expect(await screen.findByRole('heading', { name: 'Usage: 37 used' })).toBeInTheDocument();
    expect(texts().some((text) => text.includes('Loading…'))).toBe(false);
    // The content mounting again is answered by the probe: no second request for it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(state.requests).toBe(2);
  });

  it('"Try again" that fails again: one more request, the fallback stays, and the failure is reported again', async () => {
    const state = route('/usage', serverError);
    const reports: string[] = [];
    await renderWithSwr(<Panel path="/usage" />, { onError: (error, source) => reports.push(`${error.code} ${source.key}`) });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(state.requests).toBe(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, there is a problem with the service');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(reports).toEqual(['SERVICE_ERROR /usage', 'SERVICE_ERROR /usage']);
  });

  it('"Try again" in one panel fetches only that panel’s key: another panel that keeps failing neither is fetched nor holds it back', async () => {
    const broken = route('/broken', serverError);
    const usage = route('/usage', (n) => (n === 1 ? serverError() : HttpResponse.json({ name: 'Usage: 37 used' })));
    await renderWithSwr(
      <>
        <Panel path="/broken" />
        <Panel path="/usage" />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(2));
    const usagePanel = screen.getAllByRole('group')[1];
    if (!usagePanel) throw new Error('the second panel is not on the page');
    await userEvent.click(within(usagePanel).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Usage: 37 used' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(usage.requests).toBe(2);
    expect(broken.requests).toBe(1);
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
  });

  it('shows an outage at its first answer (no silent retry), and the fallback’s own retries bring the data back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const state = route('/library', (n) => (n < 3 ? unavailable() : HttpResponse.json({ name: 'Library' })));
    await renderWithSwr(<Panel path="/library" />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByRole('heading', { name: 'This service is temporarily unavailable' })).toBeInTheDocument();
    expect(state.requests).toBe(1);
    // Every 2 s (after 1 s), one request each, until the service answers.
    // In small steps: each retry's answer arrives over msw between them.
    let back = 0;
    for (let elapsed = 0; elapsed < 6000 && !back; elapsed += 250) {
      await act(() => vi.advanceTimersByTimeAsync(250));
      if (screen.queryByRole('heading', { name: 'Library' })) back = elapsed + 250;
    }
    expect(back).toBeGreaterThanOrEqual(3000);
    expect(back).toBeLessThanOrEqual(4000);
    expect(screen.getByRole('heading', { name: 'Library' })).toBeInTheDocument();
    expect(state.requests).toBe(3);
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(state.requests).toBe(3);
  });

  it('a 500 with nothing on screen is shown at once and not retried behind it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const state = route('/usage', serverError);
    await renderWithSwr(<Panel path="/usage" />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(state.requests).toBe(1);
  });
});

describe('signing in', () => {
  it('one sign-in brings back every panel that failed for want of a session: one request per key, one report', async () => {
    const PATHS = ['/a', '/b', '/c'];
    let signedIn = false;
    const states = PATHS.map((path) => route(path, () => (signedIn ? HttpResponse.json({ name: `${path} loaded` }) : expired())));
    const reports: ApiError[] = [];
    await renderWithSwr(
      <>
        {PATHS.map((path) => (
          <Panel key={path} path={path} />
        ))}
      </>,
      { onError: (error) => reports.push(error) },
    );
    expect(await screen.findByRole('heading', { name: 'Your session has expired' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('This part of the page will come back when you have signed in.')).toHaveLength(2));
    expect(states.map((state) => state.requests)).toEqual([1, 1, 1]);
    signedIn = true;
    act(() => signalSignIn());
    for (const path of PATHS) expect(await screen.findByRole('heading', { name: `${path} loaded` })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(states.map((state) => state.requests)).toEqual([2, 2, 2]);
    expect(reports.map((error) => error.code)).toEqual(['TOKEN_EXPIRED']);
  });
});

describe('SWR without suspense', () => {
  function InlinePanel() {
    const { data, error, mutate } = useSWR('/usage', get);
    if (error && data === undefined) return <ApiErrorFallback error={error} reset={() => void mutate()} />;
    return data ? <h3>{data.name}</h3> : <p>Loading…</p>;
  }

  it('an error slot’s "Try again" fetches once more, and its reset (a mutate) is the same request', async () => {
    const state = route('/usage', (n) => (n === 1 ? serverError() : HttpResponse.json({ name: 'Usage' })));
    await renderWithSwr(<InlinePanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Usage' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(state.requests).toBe(2);
  });

  it('a tab brought back to the front: SWR’s own revalidation and the error slot’s probe are one request', async () => {
    const state = route('/usage', (n) => (n === 1 ? serverError() : HttpResponse.json({ name: 'Usage' })));
    await renderWithSwr(<InlinePanel />, { config: { focusThrottleInterval: 0 } });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('heading', { name: 'Usage' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(state.requests).toBe(2);
  });

  it('a failure thrown to the boundary by the component comes back on "Try again", not rethrown from the cache', async () => {
    function Throwing() {
      const { data, error } = useSWR('/usage', get);
      if (error && data === undefined) throw error;
      return data ? <h3>{data.name}</h3> : <p>Loading…</p>;
    }
    const state = route('/usage', (n) => (n === 1 ? serverError() : HttpResponse.json({ name: 'Usage' })));
    await renderWithSwr(
      <ApiErrorBoundary>
        <Throwing />
      </ApiErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Usage' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(state.requests).toBe(2);
  });
});

describe('data on screen', () => {
  function Library() {
    const { data, mutate } = useSWR('/library', get);
    return (
      <>
        <p>{data ? data.name : 'Loading…'}</p>
        <button type="button" onClick={() => void mutate()}>
          Refresh
        </button>
      </>
    );
  }

  it('stays when a refresh fails; quiet retries follow the policy behind it, then a notice says it may be out of date, gone when the data returns', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let failing = false;
    const times: number[] = [];
    const start = Date.now();
    server.use(http.get(`${BASE}/library`, () => (times.push(Date.now() - start), failing ? serverError() : HttpResponse.json({ name: '12 items' }))));
    await renderWithSwr(<Library />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByText('12 items')).toBeInTheDocument();
    failing = true;
    act(() => screen.getByRole('button', { name: 'Refresh' }).click());
    await act(() => vi.advanceTimersByTimeAsync(100));
    // Retrying quietly: the data stays, nothing said yet.
    expect(screen.getByText('12 items')).toBeInTheDocument();
    expect(screen.queryByText(/may be out of date/)).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    // The policy's three retries, each later than the one before, then the notice.
    expect(times).toHaveLength(5);
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    expect(gaps.slice(1).every((gap, index) => gap >= (gaps[index] ?? 0))).toBe(true);
    expect(gaps[1]).toBeGreaterThanOrEqual(1000);
    const notices = screen.getByRole('status', { name: 'Messages about this page' });
    expect(within(notices).getByText(/may be out of date/)).toBeInTheDocument();
    expect(screen.getByText('12 items')).toBeInTheDocument();
    failing = false;
    act(() => screen.getByRole('button', { name: 'Refresh' }).click());
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(within(notices).queryByText(/may be out of date/)).toBeNull();
  });

  it('waits out a rate limit’s Retry-After behind the data, and tells the app’s own toasts when given onNotice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let limited = false;
    const times: number[] = [];
    const start = Date.now();
    server.use(
      http.get(`${BASE}/library`, () => {
        times.push(Date.now() - start);
        return limited ? HttpResponse.json({ error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '5' } }) : HttpResponse.json({ name: '12 items' });
      }),
    );
    const notices: Notice[] = [];
    await renderWithSwr(<Library />, { onNotice: (notice) => notices.push(notice) });
    await act(() => vi.advanceTimersByTimeAsync(100));
    limited = true;
    act(() => screen.getByRole('button', { name: 'Refresh' }).click());
    await act(() => vi.advanceTimersByTimeAsync(4800));
    expect(times).toHaveLength(2);
    limited = false;
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(times).toHaveLength(3);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(5000);
    expect(notices).toEqual([]);
    expect(screen.getByText('12 items')).toBeInTheDocument();
  });

  it('a failure with no quiet retry to follow is told at once, to onNotice', async () => {
    let failing = false;
    server.use(http.get(`${BASE}/library`, () => (failing ? HttpResponse.json({ message: 'Not found' }, { status: 404 }) : HttpResponse.json({ name: '12 items' }))));
    const notices: Notice[] = [];
    await renderWithSwr(<Library />, { onNotice: (notice) => notices.push(notice) });
    expect(await screen.findByText('12 items')).toBeInTheDocument();
    failing = true;
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(notices.map((notice) => notice.error.category)).toEqual(['not-found']));
    expect(notices[0]?.source).toBe('/library');
    expect(screen.getByText('12 items')).toBeInTheDocument();
  });
});

describe('createSwrConfig', () => {
  it('refuses a kit that is not one', () => {
    expect(() => createSwrConfig({ kit: {} as ErrorKit })).toThrow(/kit must be what createErrorKit returns/);
  });

  it('keeps the app’s own callbacks beside the kit’s', async () => {
    route('/usage', () => HttpResponse.json({ name: 'Usage' }));
    const seen: string[] = [];
    await renderWithSwr(<Panel path="/usage" />, { config: { onSuccess: (_data, key) => seen.push(key) } });
    expect(await screen.findByRole('heading', { name: 'Usage' })).toBeInTheDocument();
    expect(seen).toEqual(['/usage']);
  });
});

import { useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode, useEffect, useState } from 'react';
import { useErrorBoundary } from 'react-error-boundary';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { medianest } from '../../src/presets/medianest/index';
import { fullKit } from '../helpers/kits';

// The whole kit, its fallbacks' own retries without jitter.
const steadyKit = fullKit.extend({ selfRetry: { random: () => 0 } });
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { useApiError } from '../../src/react/ApiErrorContext';
import type { FallbackProps } from '../../src/react/FallbackProps';
import { ServiceUnavailable } from '../../src/react/fallbacks/ServiceUnavailable';
import { useShowApiError } from '../../src/react/useShowApiError';
import { server } from '../msw/server';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';

function Profile() {
  const { data } = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => apiFetch<{ name: string }>('http://api.test/me', { signal }) });
  return <p>Signed in as {data?.name ?? '…'}</p>;
}

function countRequests(path: string, respond: (n: number) => Response) {
  let count = 0;
  server.use(http.get(`http://api.test${path}`, () => respond(++count)));
  return () => count;
}

describe('ApiErrorBoundary', () => {
  it('shows the login prompt when a token expires, after a single request', async () => {
    const requests = countRequests('/me', () =>
      HttpResponse.json({ success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }, { status: 401 }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Profile />
      </ApiErrorBoundary>,
    );
    const prompt = await screen.findByRole('heading', { name: 'Your session has expired' });
    expect(prompt.closest('section')).toHaveAttribute('data-error-code', 'TOKEN_EXPIRED');
    expect(prompt.closest('section')).toHaveAttribute('data-error-category', 'unauthenticated');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
    expect(requests()).toBe(1);
  });

  it('refetches through react-query when "Try again" is pressed, with no wiring by the app', async () => {
    const requests = countRequests('/me', (n) =>
      n <= 1 ? HttpResponse.json({ error: 'SERVICE_ERROR', message: 'An unexpected error occurred', statusCode: 500 }, { status: 500 }) : HttpResponse.json({ name: 'Ada' }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Profile />
      </ApiErrorBoundary>,
      { retry: { minDelayMs: 1, baseDelayMs: 1 } },
    );
    // Nothing on screen: the failure is shown at once, not retried silently behind a loading state.
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Signed in as Ada')).toBeInTheDocument();
    expect(requests()).toBe(2);
  });

  it('resets when the route changes', async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.json({ detail: 'Post not found' }, { status: 404 })));
    function App() {
      const [path, setPath] = useState('/users/1');
      return (
        <>
          <button type="button" onClick={() => setPath('/home')}>
            Home
          </button>
          <ApiErrorBoundary resetKeys={[path]}>{path === '/home' ? <p>Home page</p> : <Profile />}</ApiErrorBoundary>
        </>
      );
    }
    renderWithQueryClient(<App />);
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Home' }));
    expect(screen.getByText('Home page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('picks a fallback by code over category, from props over the provider', () => {
    function Thrower(): never {
      throw { success: false, error: { code: 'ACCESS_DENIED', message: 'Insufficient permissions for this operation.' } };
    }
    const ByCode = ({ error }: FallbackProps) => <p>code fallback for {error.code}</p>;
    const ByCategory = ({ error }: FallbackProps) => <p>category fallback for {error.category}</p>;
    const { rerender } = render(
      <ApiErrorProvider fallbacks={{ forbidden: ByCategory }}>
        <ApiErrorBoundary>
          <Thrower />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByText('category fallback for forbidden')).toBeInTheDocument();
    rerender(
      <ApiErrorProvider fallbacks={{ forbidden: ByCategory }}>
        <ApiErrorBoundary fallbacks={{ ACCESS_DENIED: ByCode }}>
          <Thrower />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByText('code fallback for ACCESS_DENIED')).toBeInTheDocument();
  });

  it('reports the ApiError and the component stack', () => {
    const onError = vi.fn();
    function Thrower(): never {
      throw { error: 'FORBIDDEN', message: 'Permission denied', statusCode: 403 };
    }
    render(
      <ApiErrorBoundary onError={onError}>
        <Thrower />
      </ApiErrorBoundary>,
    );
    expect(onError).toHaveBeenCalledOnce();
    const [error, info] = onError.mock.calls[0] as [{ code: string; status: number }, { componentStack: string }];
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(info.componentStack).toMatch(/Thrower/);
  });

  it('falls back to a static message with a way out when a fallback itself throws, without crashing the app', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fails = true;
    function Thrower() {
      if (fails) throw new TypeError('Failed to fetch');
      return <p>Back again</p>;
    }
    function Broken(): never {
      throw new Error('the fallback broke');
    }
    render(
      <main>
        <h1>Dashboard</h1>
        <ApiErrorBoundary fallbacks={{ network: Broken }}>
          <Thrower />
        </ApiErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, there is a problem.');
    expect(screen.getByRole('alert').parentElement).toHaveAttribute('data-error-code', 'NETWORK_ERROR');
    fails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Back again')).toBeInTheDocument();
  });

  it('never shows a cancelled request', () => {
    let abortOnce = true;
    function Aborting() {
      const { showBoundary } = useErrorBoundary();
      useEffect(() => {
        if (!abortOnce) return;
        abortOnce = false;
        showBoundary(new DOMException('The operation was aborted.', 'AbortError'));
      }, [showBoundary]);
      return <p>Content</p>;
    }
    const onError = vi.fn();
    render(
      <ApiErrorBoundary onError={onError}>
        <Aborting />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('Content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('sends errors from event handlers to the boundary, and lets fallbacks read the error', async () => {
    function Save() {
      const show = useShowApiError();
      return (
        <button type="button" onClick={() => show({ success: false, error: { code: 'PLAN_EXPIRED', message: 'Your subscription plan has expired. Please renew to continue.' } })}>
          Save
        </button>
      );
    }
    function Reader() {
      return <p>The boundary shows {useApiError()?.code}</p>;
    }
    render(
      <ApiErrorProvider kit={fullKit}>
        <ApiErrorBoundary fallbacks={{ payment: Reader }}>
          <Save />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('The boundary shows PLAN_EXPIRED')).toBeInTheDocument();
  });

  it('works in StrictMode with no provider and no QueryClient', () => {
    function Thrower(): never {
      throw { success: false, data: null, error_code: 'NOT_FOUND', error_message: "Short URL 'abc123' not found" };
    }
    render(
      <StrictMode>
        <ApiErrorBoundary>
          <Thrower />
        </ApiErrorBoundary>
      </StrictMode>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText("Short URL 'abc123' not found")).toBeInTheDocument();
  });

  it('moves focus to the fallback heading when it replaces the page', () => {
    function Thrower(): never {
      throw { error: 'CONFLICT', message: 'A prospect with this company name already exists', statusCode: 409 };
    }
    render(
      <ApiErrorBoundary>
        <Thrower />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});

describe('ApiErrorBoundary retrying by itself', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs off by consecutive failures, announcing and taking focus only the first time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const attempts: number[] = [];
    function Failing(): never {
      throw { success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Service temporarily unavailable' };
    }
    render(
      <>
        <label htmlFor="search">Search</label>
        <input id="search" />
        <ApiErrorProvider kit={steadyKit}>
          <ApiErrorBoundary fallbacks={{ unavailable: (props: FallbackProps) => (attempts.push(props.attempt ?? -1), <ServiceUnavailable {...props} />) }}>
            <Failing />
          </ApiErrorBoundary>
        </ApiErrorProvider>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'This service is temporarily unavailable' })).toHaveFocus();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    screen.getByLabelText('Search').focus();
    expect(screen.getByRole('status')).toHaveTextContent(/Trying again/);
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect([...new Set(attempts)]).toEqual([0]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.getByLabelText('Search')).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    // The gaps grow to two seconds and stay there: the data is back soon after the service.
    await act(() => vi.advanceTimersByTimeAsync(2000));
    await act(() => vi.advanceTimersByTimeAsync(4000));
    expect([...new Set(attempts)].slice(0, 4)).toEqual([0, 1, 2, 3]);
    vi.useRealTimers();
  });

  it('stops retrying by itself after the episode\'s cap and offers "Try again", which starts a new episode', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let renders = 0;
    function Failing(): never {
      renders += 1;
      throw { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 0 } } };
    }
    render(
      <ApiErrorProvider kit={steadyKit}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    // A stated wait of zero: 1 s, then 2 s apart, fifteen times (about half a minute), then no more.
    const failedAt = () => Math.round(Date.now() / 1000);
    const times: number[] = [];
    const start = failedAt();
    let seen = renders;
    for (let second = 0; second < 60; second += 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
      if (renders !== seen) times.push(failedAt() - start);
      seen = renders;
    }
    expect(times).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]);
    await act(() => vi.advanceTimersByTimeAsync(600_000));
    expect(renders).toBe(seen);
    expect(screen.getByRole('status')).toHaveTextContent('We have stopped trying for now. Try again when you are ready.');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(renders).toBeGreaterThan(seen);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Trying again in/);
    vi.useRealTimers();
  });

  it('gives the fallback the heading level of the page', () => {
    function Failing(): never {
      throw { error: 'NOT_FOUND', message: 'Prospect not found', statusCode: 404 };
    }
    render(
      <ApiErrorBoundary headingLevel={1}>
        <Failing />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});

describe('ApiErrorBoundary mounting again', () => {
  it('fetches a query that failed before, rather than showing the cached failure (signed in elsewhere, came back)', async () => {
    let signedIn = false;
    server.use(http.get('http://api.test/me', () => (signedIn ? HttpResponse.json({ name: 'Ada' }) : HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 }))));
    function Page() {
      const [onSignInPage, setOnSignInPage] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOnSignInPage(!onSignInPage)}>
            Switch page
          </button>
          {onSignInPage ? (
            <p>Sign-in page</p>
          ) : (
            <ApiErrorBoundary>
              <Profile />
            </ApiErrorBoundary>
          )}
        </>
      );
    }
    renderWithQueryClient(<Page />);
    expect(await screen.findByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Switch page' }));
    signedIn = true;
    await userEvent.click(screen.getByRole('button', { name: 'Switch page' }));
    expect(await screen.findByText('Signed in as Ada')).toBeInTheDocument();
  });
});

describe('ApiErrorBoundary with the app’s own kit', () => {
  it('reads failures with the kit the provider was given', () => {
    const problem = { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403 };
    function Failing(): never {
      throw Object.assign(new Error('Request failed with status code 403'), { response: { status: 403, headers: {}, data: problem } });
    }
    const { container, unmount } = render(
      <ApiErrorProvider kit={createErrorKit({ presets: [medianest] })}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute('data-error-code', 'FORBIDDEN');
    unmount();
    const everything = render(
      <ApiErrorBoundary>
        <Failing />
      </ApiErrorBoundary>,
    );
    expect(everything.container.firstElementChild).toHaveAttribute('data-error-code', 'OUT_OF_CREDIT');
  });

  it('refuses, with a clear message, a provider given something that is not a kit (createErrorKit itself)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <ApiErrorProvider kit={createErrorKit as never}>
          <ApiErrorBoundary>
            <p>Content</p>
          </ApiErrorBoundary>
        </ApiErrorProvider>,
      ),
    ).toThrow('api-error-kit: ApiErrorProvider: kit must be what createErrorKit returns.');
  });
});


import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, useRevalidator, useRouteError } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { signalSignIn } from '../../src/core/session/signInSignal';
import { apiFetch } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient } from '../../src/react-query/createApiQueryClient';
import { fullKit } from '../helpers/kits';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';
import { server } from '../msw/server';

// A retry is tried with the fallback still on screen: no loading state in between, focus kept
// or moved to what came back, and said politely. Real HTTP through msw.

const URL = 'http://api.test/usage';
const failing = () => HttpResponse.json({ error: 'SERVICE_ERROR', message: 'Unexpected', statusCode: 500 }, { status: 500 });

function Usage() {
  const { data } = useQuery({ queryKey: ['usage'], queryFn: () => apiFetch<{ used: number }>(URL) });
  return data ? (
    <div>
      <h3>Usage</h3>
      <p>{data.used} used</p>
    </div>
  ) : (
    <p>Loading…</p>
  );
}

/** Records every text the page shows between now and the end, to catch a loading state in between. */
function recordTexts(): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return () => (observer.disconnect(), seen);
}

describe('"Try again" with the fallback on screen', () => {
  it('that fails again: one more request, the fallback stays, focus stays on the button, and the failure is said again', async () => {
    let requests = 0;
    server.use(http.get(URL, () => (requests++, failing())));
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Usage />
      </ApiErrorBoundary>,
    );
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    await userEvent.click(tryAgain);
    await waitFor(() => expect(requests).toBe(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, there is a problem with the service');
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('that succeeds: the content comes back with its data and no loading state in between, focus on its heading, "Loaded again" said politely', async () => {
    let requests = 0;
    server.use(http.get(URL, () => (++requests === 1 ? failing() : HttpResponse.json({ used: 37 }))));
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Usage />
      </ApiErrorBoundary>,
    );
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    const texts = recordTexts();
    await userEvent.click(tryAgain);
    expect(await screen.findByText('37 used')).toBeInTheDocument();
    expect(texts().some((text) => text.includes('Loading…'))).toBe(false);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Usage' })).toHaveFocus());
    await waitFor(() => expect(document.getElementById('aek-announcer')).toHaveTextContent('Loaded again.'));
    expect(requests).toBe(2);
  });

  it('fetches only its own panel’s failed requests: another panel that keeps failing never holds it back', async () => {
    let usage = 0;
    let missing = 0;
    server.use(
      http.get(URL, () => (++usage === 1 ? failing() : HttpResponse.json({ used: 9 }))),
      http.get('http://api.test/missing', () => (missing++, HttpResponse.json({ detail: 'Not found.' }, { status: 404 }))),
    );
    function Missing() {
      const { data } = useQuery({ queryKey: ['missing'], queryFn: () => apiFetch<{ name: string }>('http://api.test/missing') });
      return <p>{data?.name ?? 'Loading…'}</p>;
    }
    renderWithQueryClient(
      <>
        <ApiErrorBoundary autoFocus={false}>
          <Missing />
        </ApiErrorBoundary>
        <ApiErrorBoundary autoFocus={false}>
          <Usage />
        </ApiErrorBoundary>
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('9 used')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect([usage, missing]).toEqual([2, 1]);
  });

  it('hands onReset react-error-boundary’s details of why it reset', async () => {
    let requests = 0;
    server.use(http.get(URL, () => (++requests === 1 ? failing() : HttpResponse.json({ used: 1 }))));
    const resets: unknown[] = [];
    renderWithQueryClient(
      <ApiErrorBoundary onReset={(details) => resets.push(details.reason)}>
        <Usage />
      </ApiErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText('1 used');
    expect(resets).toEqual(['imperative-api']);
  });
});

describe('signing back in, in a router’s error slot', () => {
  it('a react-query panel that failed with 401 inside a route fetches again when the user signs in (here or in another tab), without a reload', async () => {
    let signedIn = false;
    let requests = 0;
    server.use(http.get(URL, () => (requests++, signedIn ? HttpResponse.json({ used: 5 }) : HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 }))));
    function RouteError() {
      const error = useRouteError();
      const revalidator = useRevalidator();
      return <ApiErrorFallback error={error} reset={() => void revalidator.revalidate()} />;
    }
    // React Router says in development that its slot caught a render error: that is this test's setting, not a mistake.
    const error = vi.mocked(console.error).getMockImplementation();
    const warn = vi.mocked(console.warn).getMockImplementation();
    vi.mocked(console.error).mockImplementation((...args: unknown[]) => (String(args[0]).includes('React Router caught') ? undefined : error?.(...args)));
    vi.mocked(console.warn).mockImplementation((...args: unknown[]) => (args.map(String).join(' ').includes('<RenderErrorBoundary>') ? undefined : warn?.(...args)));
    // React Router clears a route's error slot when a revalidation it sees runs a loader: the route has one, as data routes do.
    const router = createMemoryRouter([{ path: '/', loader: () => new Promise((resolve) => setTimeout(() => resolve(null), 20)), element: <Usage />, errorElement: <RouteError />, hydrateFallbackElement: <p>Loading…</p> }]);
    render(
      <ApiErrorProvider kit={fullKit}>
        <QueryClientProvider client={createApiQueryClient({ kit: fullKit })}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
    expect(requests).toBe(1);
    signedIn = true;
    // The probe settles and the router revalidates outside any act(), as they do in a browser.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    signalSignIn();
    expect(await screen.findByText('5 used', {}, { timeout: 5000 })).toBeInTheDocument();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    expect(requests).toBe(2);
  });
});

import { createMemoryHistory, createRootRoute, createRoute, createRouter, notFound, Outlet, redirect as tanstackRedirect, RouterProvider as TanStackRouterProvider } from '@tanstack/react-router';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { createMemoryRouter, redirect, RouterProvider, useRouteError } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { useShowApiError } from '../../src/react/useShowApiError';
import { renderInKit } from '../helpers/renderInKit';

/** The Error Next.js throws for `redirect()`, `notFound()`, `forbidden()`, `unauthorized()` and a static-rendering bailout, by its digest. */
function nextSignal(digest: string): Error {
  return Object.assign(new Error(digest.split(';')[0]), { digest });
}

const NEXT_SIGNALS = [
  ['redirect()', 'NEXT_REDIRECT;replace;/login;307;', 'redirect'],
  ['permanentRedirect()', 'NEXT_REDIRECT;push;/new-home;308;', 'redirect'],
  ['notFound() (Next 15)', 'NEXT_HTTP_ERROR_FALLBACK;404', 'not-found'],
  ['notFound() (Next 14)', 'NEXT_NOT_FOUND', 'not-found'],
  ['forbidden()', 'NEXT_HTTP_ERROR_FALLBACK;403', 'forbidden'],
  ['unauthorized()', 'NEXT_HTTP_ERROR_FALLBACK;401', 'unauthorized'],
  ['a static-rendering bailout', 'DYNAMIC_SERVER_USAGE', 'render-bailout'],
] as const;

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** What the framework's own boundary above the kit's received: the very value thrown. */
function FrameworkBoundary({ children, caught }: { children: React.ReactNode; caught: unknown[] }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => {
        caught.push(error);
        return <p>The framework took it</p>;
      }}
    >
      {children}
    </ErrorBoundary>
  );
}

describe("Next.js's control flow", () => {
  it.each(NEXT_SIGNALS)('marks %s as control flow, never with its digest as a support reference', (_, digest, kind) => {
    const error = normalizeError(nextSignal(digest));
    expect(error).toMatchObject({ controlFlow: kind, category: 'cancelled', retryable: false });
    expect(error.correlationId).toBeUndefined();
  });

  it.each(NEXT_SIGNALS)('passes %s through ApiErrorBoundary to the framework, showing nothing', (_, digest) => {
    const signal = nextSignal(digest);
    const caught: unknown[] = [];
    renderInKit(
      <FrameworkBoundary caught={caught}>
        <ApiErrorBoundary>
          <Throws error={signal} />
        </ApiErrorBoundary>
      </FrameworkBoundary>,
    );
    expect(screen.getByText('The framework took it')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(caught.at(-1)).toBe(signal);
  });

  it('passes a redirect through ApiErrorFallback (an error.tsx) too', () => {
    const signal = nextSignal('NEXT_REDIRECT;replace;/login;307;');
    const caught: unknown[] = [];
    renderInKit(
      <FrameworkBoundary caught={caught}>
        <ApiErrorFallback error={signal} reset={() => undefined} />
      </FrameworkBoundary>,
    );
    expect(caught.at(-1)).toBe(signal);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it("sends a server action's redirect from an event handler on up, through useShowApiError", async () => {
    const user = userEvent.setup();
    const signal = nextSignal('NEXT_REDIRECT;push;/orders/42;303;');
    const caught: unknown[] = [];
    function Checkout() {
      const show = useShowApiError();
      const [sent, setSent] = useState(false);
      return (
        <button type="button" disabled={sent} onClick={() => { setSent(true); show(signal); }}>
          Place order
        </button>
      );
    }
    renderInKit(
      <FrameworkBoundary caught={caught}>
        <ApiErrorBoundary>
          <Checkout />
        </ApiErrorBoundary>
      </FrameworkBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(caught.at(-1)).toBe(signal);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('still gives a real server error its digest as the support reference', () => {
    const production = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2315629467' });
    expect(normalizeError(production)).toMatchObject({ correlationId: '2315629467', category: 'unknown' });
    expect(normalizeError(production).controlFlow).toBeUndefined();
  });
});

// TanStack and React Router render outside act() in these tests, as their own suites do.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('TanStack Router', () => {
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it("lets notFound() thrown inside an ApiErrorBoundary reach the route's notFoundComponent", async () => {
    const root = createRootRoute({ component: () => <Outlet /> });
    const post = createRoute({
      getParentRoute: () => root,
      path: '/',
      component: () => (
        <ApiErrorBoundary>
          <Throws error={notFound()} />
        </ApiErrorBoundary>
      ),
      notFoundComponent: () => <p>No such post</p>,
    });
    const router = createRouter({ routeTree: root.addChildren([post]), history: createMemoryHistory({ initialEntries: ['/'] }) });
    renderInKit(<TanStackRouterProvider router={router} />);
    // The router renders the match again once it settles: wait for the page it settles on.
    await waitFor(() => expect(screen.getByText('No such post')).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: /problem/ })).toBeNull();
  });

  it('marks its redirect and notFound as control flow', () => {
    expect(normalizeError(tanstackRedirect({ to: '/login' })).controlFlow).toBe('redirect');
    expect(normalizeError(notFound()).controlFlow).toBe('not-found');
  });

  it("follows a loader's redirect while the error slot is the kit's", async () => {
    const root = createRootRoute({ component: () => <Outlet /> });
    const account = createRoute({
      getParentRoute: () => root,
      path: '/',
      loader: () => {
        throw tanstackRedirect({ to: '/login' });
      },
      component: () => <p>Account</p>,
      errorComponent: ({ error }) => <ApiErrorFallback error={error} />,
    });
    const login = createRoute({ getParentRoute: () => root, path: '/login', component: () => <p>Sign-in page</p> });
    const router = createRouter({ routeTree: root.addChildren([account, login]), history: createMemoryHistory({ initialEntries: ['/'] }) });
    renderInKit(<TanStackRouterProvider router={router} />);
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
  });
});

describe('React Router', () => {
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it('marks a thrown redirect Response as control flow', () => {
    expect(normalizeError(redirect('/login')).controlFlow).toBe('redirect');
  });

  it("passes a redirect thrown while rendering on up from the kit's error slot, showing nothing of it", async () => {
    const caught: unknown[] = [];
    function RouteError() {
      return <ApiErrorFallback error={useRouteError()} />;
    }
    const thrown = redirect('/login');
    const router = createMemoryRouter([{ path: '/', element: <Throws error={thrown} />, errorElement: <RouteError /> }]);
    renderInKit(
      <FrameworkBoundary caught={caught}>
        <RouterProvider router={router} />
      </FrameworkBoundary>,
    );
    expect(await screen.findByText('The framework took it')).toBeInTheDocument();
    expect(caught.at(-1)).toBe(thrown);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

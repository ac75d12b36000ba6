import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider as TanStackRouterProvider, useRouter } from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createMemoryRouter, data, Form, Link, Outlet as RouterOutlet, RouterProvider, useActionData, useLoaderData, useRevalidator, useRouteError } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { apiFetch } from '../../src/fetch/apiFetch';
import { isApiError } from '../../src/core/isApiError';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../../src/react/forms/useFieldErrors';
import { fullKit } from '../helpers/kits';
import { renderInKit } from '../helpers/renderInKit';
import { server } from '../msw/server';

const API = 'http://api.test';

function seed(heading: string): { status: number; body: JsonBodyType } {
  const example = SEED_EXAMPLES.find((candidate) => candidate.heading.endsWith(heading));
  if (!example?.status) throw new Error(`no seed example ${heading}`);
  return { status: example.status, body: example.body as JsonBodyType };
}

/** An endpoint that fails as `fail` says until `healed()`, counting its requests. */
function endpoint(path: string, fail: () => Response, ok: JsonBodyType = { requests: ['Inception (2010)'] }) {
  const state = { requests: 0, failing: true };
  server.use(
    http.all(`${API}${path}`, () => {
      state.requests += 1;
      return state.failing ? fail() : HttpResponse.json(ok);
    }),
  );
  return state;
}

/** What a React Router app puts in its error slot: the kit's fallback, with "Try again" revalidating. */
function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return <ApiErrorFallback error={error} reset={() => void revalidator.revalidate()} />;
}

function Requests() {
  const loaded = useLoaderData<{ requests: string[] }>();
  return <p>{loaded.requests.join(', ')}</p>;
}

function App() {
  return (
    <main>
      <Link to="/home">Home</Link>
      <RouterOutlet />
    </main>
  );
}

function renderRouter(loader: () => Promise<unknown>) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <App />,
        // What React Router shows while the first loaders run.
        hydrateFallbackElement: <p>Loading…</p>,
        children: [
          { path: 'requests', loader, element: <Requests />, errorElement: <RouteError /> },
          { path: 'home', element: <p>Home page</p> },
        ],
      },
    ],
    { initialEntries: ['/requests'] },
  );
  renderInKit(<RouterProvider router={router} />);
  return router;
}

const unauthorized = seed('Authentication & Authorization Errors > `UNAUTHORIZED`');

describe('React Router 7 data routers', () => {
  it('shows the sign-in prompt when a loader throws the kit client’s ApiError, and "Try again" revalidates it', async () => {
    const user = userEvent.setup();
    const state = endpoint('/requests', () => HttpResponse.json({ success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'Down' } }, { status: 503 }));
    renderRouter(() => apiFetch(`${API}/requests`));
    expect(await screen.findByRole('heading', { name: 'This service is temporarily unavailable' })).toBeInTheDocument();
    expect(state.requests).toBe(1);
    state.failing = false;
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    expect(await screen.findByText('Inception (2010)')).toBeInTheDocument();
    expect(state.requests).toBe(2);
  });

  it('keeps the code of a MediaNest 401 when a loader throws the Response itself', async () => {
    endpoint('/requests', () => HttpResponse.json(unauthorized.body, { status: unauthorized.status }));
    renderRouter(async () => {
      const response = await fetch(`${API}/requests`);
      if (!response.ok) throw response;
      return response.json();
    });
    const prompt = await screen.findByRole('heading', { name: 'Sign in to continue' });
    expect(prompt.closest('[data-error-code]')).toHaveAttribute('data-error-code', 'UNAUTHORIZED');
    // The seed's loginUrl, normalised and on this site.
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/auth/plex/pin');
  });

  it('reads data(body, { status }) thrown by a loader: the registry’s fallback for its code', async () => {
    const { body, status } = seed('`PLEX_UNREACHABLE`');
    renderRouter(() => {
      throw data(body, { status });
    });
    const heading = await screen.findByRole('heading', { name: 'Cannot connect to the Plex server' });
    expect(heading.closest('[data-error-code]')).toHaveAttribute('data-error-code', 'PLEX_UNREACHABLE');
  });

  it('clears the error when the user navigates away', async () => {
    const user = userEvent.setup();
    endpoint('/requests', () => HttpResponse.json(unauthorized.body, { status: 401 }));
    renderRouter(() => apiFetch(`${API}/requests`));
    await screen.findByRole('heading', { name: 'Sign in to continue' });
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an action’s 422 field errors on its form through useActionData, keeping what was typed', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(`${API}/links`, () =>
        HttpResponse.json(
          { success: false, data: { validation_errors: [{ field: 'body.url', message: 'Invalid URL format' }] }, error_code: 'VALIDATION_ERROR', error_message: 'Validation failed' },
          { status: 422 },
        ),
      ),
    );
    function ShortLinkForm() {
      const result = useActionData<{ error: unknown }>();
      const errors = useFieldErrors(result?.error);
      return (
        <Form method="post">
          {isApiError(result?.error) && <ValidationSummary error={result.error} />}
          <label htmlFor="url">Long URL</label>
          <FieldErrorMessage fieldId="url" message={errors.messageFor('url')} />
          <input {...errors.fieldProps('url')} name="url" defaultValue="" />
          <button type="submit">Shorten</button>
        </Form>
      );
    }
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <ShortLinkForm />,
          hydrateFallbackElement: <p>Loading…</p>,
          action: async ({ request }) => {
            const form = await request.formData();
            try {
              return await apiFetch(`${API}/links`, { kit: fullKit, method: 'POST', body: JSON.stringify({ url: form.get('url') }) });
            } catch (error) {
              return { error };
            }
          },
        },
      ],
      { initialEntries: ['/'] },
    );
    renderInKit(<RouterProvider router={router} />);
    await user.type(screen.getByLabelText('Long URL'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Shorten' }));
    const summary = await screen.findByRole('alert');
    // The summary's box takes focus; the alert inside it is announced once.
    await waitFor(() => expect(document.activeElement).toContainElement(summary));
    await user.click(within(summary).getByRole('link', { name: 'Invalid URL format' }));
    expect(screen.getByLabelText('Long URL')).toHaveFocus();
    expect(screen.getByLabelText('Long URL')).toHaveValue('not a url');
    expect(screen.getByLabelText('Long URL')).toHaveAccessibleDescription(/Error: ?Invalid URL format/);
  });
});

describe('TanStack Router', () => {
  // The router updates its state after its loaders settle, outside any act(): tell React this is not an act environment.
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    // TanStack Router logs every loader error it routes to an errorComponent; that is not a failure here.
    const warn = console.warn;
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith('Warning: Error in route match')) warn(...args);
    });
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it('shows the registry’s fallback in errorComponent, and reset + router.invalidate() loads again', async () => {
    const user = userEvent.setup();
    const state = endpoint('/requests', () => HttpResponse.json({ error: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred', statusCode: 500 }, { status: 500 }));
    const root = createRootRoute({ component: () => <Outlet /> });
    const requests = createRoute({
      getParentRoute: () => root,
      path: '/',
      loader: () => apiFetch<{ requests: string[] }>(`${API}/requests`),
      component: function Loaded() {
        return <p>{requests.useLoaderData().requests.join(', ')}</p>;
      },
      errorComponent: function RouteFailed({ error, reset }) {
        const router = useRouter();
        return (
          <ApiErrorFallback
            error={error}
            reset={() => {
              reset();
              void router.invalidate();
            }}
          />
        );
      },
    });
    const router = createRouter({ routeTree: root.addChildren([requests]), history: createMemoryHistory({ initialEntries: ['/'] }) });
    renderInKit(<TanStackRouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeInTheDocument();
    state.failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Inception (2010)')).toBeInTheDocument();
    expect(state.requests).toBe(2);
  });
});

describe('Next.js error.tsx', () => {
  it('shows the generic fallback for a production server error, with its digest as the support reference and no server text', async () => {
    const user = userEvent.setup();
    // What Next.js hands error.tsx in production when a Server Component threw: the message is replaced, a digest kept.
    const production = Object.assign(
      new Error('An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.'),
      { digest: '2315629467' },
    );
    let resets = 0;
    render(<ApiErrorFallback error={production} reset={() => (resets += 1)} />);
    expect(screen.getByRole('heading', { name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(screen.getByText('2315629467')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Server Components render');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(resets).toBe(1);
  });

  it('reads the body of a Response handed over as the error', async () => {
    const { body, status } = seed('QUOTA_EXCEEDED (429 Too Many Requests)');
    renderInKit(<ApiErrorFallback error={new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })} />);
    expect(await screen.findByText(/150 of 100 used/)).toBeInTheDocument();
  });
});

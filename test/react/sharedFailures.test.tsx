import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';
import { server } from '../msw/server';

const PANELS = ['requests', 'libraries', 'activity', 'friends', 'storage'];

function Panel({ name }: { name: string }) {
  const { data } = useQuery({ queryKey: [name], queryFn: ({ signal }) => apiFetch<{ name: string }>(`http://api.test/${name}`, { signal }) });
  return <p>{data ? `${data.name} loaded` : 'Loading…'}</p>;
}

/** A dashboard of five panels, each in its own boundary, as a page of an app lays them out. */
function Dashboard() {
  return (
    <main>
      <h1>Dashboard</h1>
      {PANELS.map((name) => (
        <section key={name} aria-label={name}>
          <ApiErrorBoundary autoFocus={false} headingLevel={3}>
            <Panel name={name} />
          </ApiErrorBoundary>
        </section>
      ))}
    </main>
  );
}

/** Every panel's endpoint fails as `fail` says while `state.failing`, counting requests per panel. */
function api(fail: () => Response) {
  const state = { failing: true, requests: new Map<string, number>() };
  server.use(
    http.get('http://api.test/:name', ({ params }) => {
      const name = String(params['name']);
      state.requests.set(name, (state.requests.get(name) ?? 0) + 1);
      return state.failing ? fail() : HttpResponse.json({ name });
    }),
  );
  return state;
}

describe('a failure the whole page shares', () => {
  it('is one sign-in prompt and one announcement for five panels; signing in brings all five back', async () => {
    const user = userEvent.setup();
    const state = api(() => HttpResponse.json({ success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }, { status: 401 }));
    let signIn: () => void = () => undefined;
    renderWithQueryClient(
      <ApiErrorProvider login={{ onLogin: () => new Promise<void>((resolve) => (signIn = resolve)) }}>
        <Dashboard />
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Your session has expired' })).toBeInTheDocument();
    expect(await screen.findAllByText('This part of the page will come back when you have signed in.')).toHaveLength(4);
    expect(screen.getAllByRole('heading', { name: 'Your session has expired' })).toHaveLength(1);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Sign in' })).toHaveLength(1);
    expect([...state.requests.values()]).toEqual([1, 1, 1, 1, 1]);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    state.failing = false;
    signIn();
    for (const name of PANELS) expect(await within(screen.getByRole('region', { name })).findByText(`${name} loaded`)).toBeInTheDocument();
    expect([...state.requests.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it('is one outage panel for five panels when the network is gone, and "Try now" brings all five back', async () => {
    const user = userEvent.setup();
    const state = api(() => HttpResponse.error());
    renderWithQueryClient(<Dashboard />, { retry: { maxRetries: 0 } });
    expect(await screen.findByRole('heading', { name: 'Cannot reach the service' })).toBeInTheDocument();
    expect(await screen.findAllByText('This part of the page will come back when the connection does.')).toHaveLength(4);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    state.failing = false;
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    for (const name of PANELS) expect(await within(screen.getByRole('region', { name })).findByText(`${name} loaded`)).toBeInTheDocument();
    expect([...state.requests.values()]).toEqual([2, 2, 2, 2, 2]);
  });
});

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorNotices } from '../../src/react/ApiErrorNotices';
import type { Notice } from '../../src/react/notices';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';
import { server } from '../msw/server';

const URL = 'http://api.test/links';

function Links() {
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: ['links'], queryFn: () => apiFetch<{ total: number }>(URL) });
  return (
    <>
      <p>{data ? `${data.total} short links` : 'Loading…'}</p>
      <button type="button" onClick={() => void client.refetchQueries({ queryKey: ['links'] })}>
        Refresh
      </button>
    </>
  );
}

/** A server that answers, then fails `failures` times with a 503, then answers again. */
function flakyServer(failures: number) {
  let requests = 0;
  server.use(
    http.get(URL, () => {
      requests += 1;
      return requests > 1 && requests <= 1 + failures ? HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down' } }, { status: 503 }) : HttpResponse.json({ total: 12 });
    }),
  );
  return () => requests;
}

describe('a refetch that fails behind data on screen', () => {
  it('keeps the data, says so from the first failed answer in one notice, and takes the notice back when the data is fresh again', async () => {
    const requests = flakyServer(2);
    renderWithQueryClient(
      <>
        <ApiErrorNotices />
        <ApiErrorBoundary>
          <Links />
        </ApiErrorBoundary>
      </>,
      { retry: { minDelayMs: 200, baseDelayMs: 200 } },
    );
    expect(await screen.findByText('12 short links')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const notices = screen.getByRole('status', { name: 'Messages about this page' });
    await waitFor(() => expect(within(notices).getByText('What you see may be out of date.')).toBeInTheDocument());
    // The first failed answer is told while the quiet retries go on behind the data.
    expect(requests()).toBeLessThanOrEqual(3);
    expect(screen.getByText('12 short links')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /unavailable/i })).toBeNull();
    expect(within(notices).getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    await waitFor(() => expect(within(notices).queryByText('What you see may be out of date.')).toBeNull(), { timeout: 3000 });
    expect(requests()).toBe(4);
  });

  it('tells an app’s own toasts once per failed refresh, not once per retry', async () => {
    flakyServer(10);
    const told: Notice[] = [];
    renderWithQueryClient(
      <ApiErrorBoundary>
        <Links />
      </ApiErrorBoundary>,
      { retry: { minDelayMs: 1, baseDelayMs: 1 }, onNotice: (notice) => told.push(notice) },
    );
    expect(await screen.findByText('12 short links')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]).toMatchObject({ key: ['links'], error: { code: 'SERVICE_UNAVAILABLE', category: 'unavailable' } });
    expect(screen.getByText('12 short links')).toBeInTheDocument();
  });
});

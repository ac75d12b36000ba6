import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { useShowApiError } from '../../src/react/useShowApiError';
import { fullKit } from '../helpers/kits';
import { renderInKit } from '../helpers/renderInKit';
import { server } from '../msw/server';

// An app with no data library: fetch in an effect, the failure sent to the boundary. "Try again"
// renders the content again, and its effect fetches again.

const URL = 'http://api.test/usage';

function Usage() {
  const [used, setUsed] = useState<number>();
  const showError = useShowApiError();
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ used: number }>(URL, { signal: controller.signal, kit: fullKit }).then((body) => setUsed(body.used), showError);
    return () => controller.abort();
  }, [showError]);
  return <p>{used === undefined ? 'Loading…' : `${used} used`}</p>;
}

describe('fetch in an effect, without a data library', () => {
  it('shows the failure in the boundary, and "Try again" fetches again', async () => {
    let requests = 0;
    server.use(http.get(URL, () => (++requests === 1 ? HttpResponse.json({ error: 'SERVICE_ERROR', message: 'Unexpected', statusCode: 500 }, { status: 500 }) : HttpResponse.json({ used: 3 }))));
    renderInKit(
      <ApiErrorBoundary>
        <Usage />
      </ApiErrorBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('3 used')).toBeInTheDocument();
    expect(requests).toBe(2);
  });
});

import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../examples/ownCode/App';
import { kit } from '../../examples/ownCode/kit';
import { apiFetch } from '../../src/fetch/apiFetch';
import { useShowApiError } from '../../src/react/useShowApiError';
import { server } from '../msw/server';

// An app's own code with its own fallback, in three files of the app (examples/ownCode): the kit
// (code, words, fallback), the fallback (built from FallbackShell), and the root (the provider).
function Payouts() {
  const show = useShowApiError();
  const [data, setData] = useState<string>();
  useEffect(() => {
    apiFetch<string>('http://api.test/payouts', { kit }).then(setData, show);
  }, [show]);
  return <p>{data ?? 'Loading payouts…'}</p>;
}

describe('an app’s own code with its own fallback', () => {
  it('shows the app’s fallback, in its words, with the fact it reads from the response', async () => {
    server.use(http.get('http://api.test/payouts', () => HttpResponse.json({ error: { code: 'PAYOUT_ON_HOLD', message: 'Payout held', details: { hold_reason: 'bank_details_unverified' } } }, { status: 409 })));
    render(
      <App>
        <Payouts />
      </App>,
    );
    expect(await screen.findByRole('heading', { name: 'Your payout is on hold' })).toBeInTheDocument();
    expect(screen.getByText('Reason: bank details unverified')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check your bank details' })).toHaveAttribute('href', '/settings/bank');
    expect(kit.registry.hasCode(kit.normalize({ error: { code: 'PAYOUT_ON_HOLD' } }, { status: 409 }), 'PAYOUT_ON_HOLD')).toBe(true);
  });

  it('says it in the app’s German words under the German locale', async () => {
    server.use(http.get('http://api.test/payouts', () => HttpResponse.json({ error: { code: 'PAYOUT_ON_HOLD', message: 'Payout held' } }, { status: 409 })));
    render(
      <App locale="de">
        <Payouts />
      </App>,
    );
    expect(await screen.findByRole('heading', { name: 'Ihre Auszahlung ist angehalten' })).toBeInTheDocument();
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LIVE_API, LivePage } from './LivePage';

const REQUESTS = { requests: [{ id: '1', title: 'Inception (2010)' }, { id: '2', title: 'Arrival (2016)' }] };

/** Answers with `failure` until `until()` says the outage is over, then with the requests. */
function outage(failure: () => Response, until: () => boolean) {
  return http.get(`${LIVE_API}/requests`, async () => {
    await delay(50);
    return until() ? HttpResponse.json(REQUESTS) : failure();
  });
}

const meta = {
  title: 'Live/Pages with msw',
  component: LivePage,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LivePage>;

export default meta;
type Story = StoryObj<typeof meta>;

const list = (canvasElement: HTMLElement) => within(canvasElement).findByRole('list', { name: 'Your requests' }, { timeout: 15_000 });

/** A 500 from seed 000 that persists: after the policy's retries the boundary shows it; "Try again" refetches and the page recovers. */
export const ServerErrorThenTryAgain: Story = {
  beforeEach({ msw }) {
    let requests = 0;
    msw.use(
      outage(
        () => HttpResponse.json({ success: false, error: { code: 'INTERNAL_ERROR', message: 'An unexpected server error occurred. Please try again.', details: { error_id: 'err_abc123xyz' } } }, { status: 500 }),
        // The first answer fails: the page says so at once, and "Try again" fetches once more with the fallback on screen.
        () => ++requests > 1,
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Sorry, there is a problem with the service' }, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByText('err_abc123xyz')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await list(canvasElement)).toHaveTextContent('Inception (2010)');
  },
};

/** A 429 with Retry-After 2: longer than this kit's retry policy waits (maxServerWaitMs 1 s), so the fallback counts down, then retries by itself. */
export const RateLimitCountdown: Story = {
  args: { retry: { maxServerWaitMs: 1000 } },
  beforeEach({ msw }) {
    let requests = 0;
    msw.use(
      outage(
        () => HttpResponse.json({ success: false, data: { retry_after: 2, current_count: 31, limit: 30 }, error_code: 'RATE_LIMIT_EXCEEDED', error_message: 'Rate limit exceeded. Please try again in 2 seconds.' }, { status: 429, headers: { 'Retry-After': '2' } }),
        () => ++requests > 1,
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Too many requests' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again in a few seconds.');
    await expect(await list(canvasElement)).toHaveTextContent('Arrival (2016)');
  },
};

/** PLEX_UNREACHABLE for 3 seconds: the Plex fallback retries with backoff until the server is back. */
export const PlexComesBack: Story = {
  beforeEach({ msw }) {
    const started = Date.now();
    msw.use(
      outage(
        () => HttpResponse.json({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server. Please check server status.', details: { server_url: 'https://plex.local:32400', connection_error: 'ECONNREFUSED', last_successful: new Date(started - 7_200_000).toISOString() } } }, { status: 503 }),
        () => Date.now() - started > 3000,
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Cannot connect to the Plex server' }, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByText('2 hours ago')).toBeVisible();
    await expect(await list(canvasElement)).toHaveTextContent('Inception (2010)');
  },
};

/** The session has expired (seed 004 TOKEN_EXPIRED); signing in sets a token, the boundary resets and the page comes back. */
export const SessionExpiresThenSignIn: Story = {
  args: { withSignIn: true },
  beforeEach({ msw }) {
    msw.use(
      http.get(`${LIVE_API}/requests`, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer signed-in'
          ? HttpResponse.json(REQUESTS)
          : HttpResponse.json({ success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }, { status: 401 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await list(canvasElement)).toHaveTextContent('Inception (2010)');
  },
};

/** No response at all for 2.5 seconds (the network is down): the fallback keeps trying and the page comes back. */
export const NetworkComesBack: Story = {
  beforeEach({ msw }) {
    const started = Date.now();
    msw.use(outage(() => HttpResponse.error(), () => Date.now() - started > 2500));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('heading', { name: /Cannot reach the service|You appear to be offline/ })).toBeVisible(), { timeout: 5000 });
    await expect(await list(canvasElement)).toHaveTextContent('Inception (2010)');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ServiceUnavailable } from '../../src/react/fallbacks/ServiceUnavailable';
import { readSeed } from '../support/storyKit';

interface Args {
  code: string;
  status: number;
  message: string;
  service: string;
  retryAfterSeconds: number;
  /** Automatic retries this failure episode has made; from 5 on it waits for the user. */
  attempt: number;
  onRetry: () => void;
}

function Example({ code, status, message, service, retryAfterSeconds, attempt, onRetry }: Args) {
  // Seed 002's flat envelope, read with the Prospects kit.
  const error = readSeed('002', { error: code, message, statusCode: status, details: { ...(service ? { service } : {}) } }, { status, headers: retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {} });
  return <ServiceUnavailable key={`${retryAfterSeconds}:${attempt}`} error={error} onRetry={onRetry} attempt={attempt} />;
}

const meta = {
  title: 'Fallbacks/ServiceUnavailable',
  component: Example,
  args: { code: 'SERVICE_UNAVAILABLE', status: 503, message: 'Service temporarily unavailable', service: '', retryAfterSeconds: 30, attempt: 0, onRetry: fn() },
  argTypes: { attempt: { control: { type: 'range', min: 0, max: 6 } } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 003's SERVICE_UNAVAILABLE: reconnecting, not a dead end. */
export const Reconnecting: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'This service is temporarily unavailable' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again in 30 seconds.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try now' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Seed 002's EXTERNAL_SERVICE_ERROR names the service. */
export const UpstreamServiceDown: Story = {
  args: { code: 'EXTERNAL_SERVICE_ERROR', status: 502, message: "External service 'NewsAPI' failed", service: 'NewsAPI', retryAfterSeconds: 0 },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'NewsAPI is not responding' })).toBeVisible();
    // No stated wait: the first backoff step is 1 to 1.5 s, and it retries by itself.
    await waitFor(() => expect(args.onRetry).toHaveBeenCalled(), { timeout: 3000 });
  },
};

/** Seed 004's TIMEOUT. */
export const TimedOut: Story = {
  args: { code: 'TIMEOUT', status: 408, message: 'Request Timeout', retryAfterSeconds: 10 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'This is taking too long' })).toBeVisible();
  },
};

/** Five automatic retries in this episode have failed: it stops trying by itself and waits for the user. */
export const StoppedAfterFifteenTries: Story = {
  args: { attempt: 15, retryAfterSeconds: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The status region is mounted empty, then says it: so it is announced.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('We have stopped trying for now. Try again when you are ready.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** The dark theme: axe checks its contrast too. */
export const ReconnectingDark: Story = { ...Reconnecting, globals: { theme: 'dark' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { RateLimited } from '../../src/react/fallbacks/RateLimited';

interface Args {
  retryAfterSeconds: number;
  limit: number;
  window: string;
  onRetry: () => void;
}

function Example({ retryAfterSeconds, limit, window, onRetry }: Args) {
  const error = normalizeError(
    { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Please wait before making more requests.', details: { limit, window, retry_after: retryAfterSeconds } } },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
  // A new key per wait restarts the countdown when the control changes.
  return <RateLimited key={retryAfterSeconds} error={error} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/RateLimited',
  component: Example,
  args: { retryAfterSeconds: 300, limit: 100, window: '15 minutes', onRetry: fn() },
  argTypes: { retryAfterSeconds: { control: { type: 'range', min: 1, max: 900 } } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's RATE_LIMIT_EXCEEDED: Retry-After 300, counted down at coarse steps in a polite status region. */
export const FiveMinutes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again in 5 minutes.');
    await expect(canvas.getByText('The limit is 100 requests every 15 minutes.')).toBeVisible();
  },
};

/** A short wait: the countdown ends and the fallback retries by itself. */
export const ShortWaitThenRetry: Story = {
  args: { retryAfterSeconds: 2 },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Trying again in a few seconds.');
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce(), { timeout: 4000 });
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RateLimited } from '../../src/react/fallbacks/RateLimited';
import { readSeed } from '../support/storyKit';

interface Args {
  retryAfterSeconds: number;
  limit: number;
  window: string;
  /** Automatic retries this failure episode has made; from 5 on it waits for the user. */
  attempt: number;
  onRetry: () => void;
}

function Example({ retryAfterSeconds, limit, window, attempt, onRetry }: Args) {
  const error = readSeed(
    '000',
    { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Please wait before making more requests.', details: { limit, window, retry_after: retryAfterSeconds } } },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
  // A new key per wait restarts the countdown when the control changes.
  return <RateLimited key={`${retryAfterSeconds}:${attempt}`} error={error} onRetry={onRetry} attempt={attempt} />;
}

const meta = {
  title: 'Fallbacks/RateLimited',
  component: Example,
  args: { retryAfterSeconds: 300, limit: 100, window: '15 minutes', attempt: 0, onRetry: fn() },
  argTypes: { retryAfterSeconds: { control: { type: 'range', min: 0, max: 900 } }, attempt: { control: { type: 'range', min: 0, max: 6 } } },
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

/** A server that keeps saying Retry-After: 0, five times over: the kit stopped retrying by itself and offers "Try again". */
export const StoppedAfterFifteenTries: Story = {
  args: { retryAfterSeconds: 0, attempt: 15 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The status region is mounted empty, then says it: so it is announced.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('We have stopped trying for now. Try again when you are ready.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

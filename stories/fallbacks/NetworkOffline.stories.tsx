import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { NetworkOffline } from '../../src/react/fallbacks/NetworkOffline';
import { storyKit } from '../support/storyKit';

// What fetch throws with no network, read once: the docs page's controls cannot carry an ApiError as an arg.
const offline = storyKit.normalize(new TypeError('Failed to fetch'));

function Example({ onRetry }: { onRetry: () => void }) {
  return <NetworkOffline error={offline} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/NetworkOffline',
  component: Example,
  args: { onRetry: fn() },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** fetch rejected while the browser says it is online: the service cannot be reached; it retries with backoff. */
export const ServiceUnreachable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: navigator.onLine ? 'Cannot reach the service' : 'You appear to be offline' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try now' })).toBeVisible();
  },
};

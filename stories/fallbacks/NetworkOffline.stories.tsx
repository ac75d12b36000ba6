import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { NetworkOffline } from '../../src/react/fallbacks/NetworkOffline';
import { storyKit } from '../support/storyKit';

const meta = {
  title: 'Fallbacks/NetworkOffline',
  component: NetworkOffline,
  args: { error: storyKit.normalize(new TypeError('Failed to fetch')), onRetry: fn() },
} satisfies Meta<typeof NetworkOffline>;

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

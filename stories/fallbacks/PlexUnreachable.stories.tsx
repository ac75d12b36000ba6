import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlexUnreachable } from '../../src/presets/medianest/PlexUnreachable';
import { readSeed } from '../support/storyKit';

// The MediaNest preset's fallback for Plex's failures (`api-error-kit/presets/medianest`): a kit
// made with `presets: [medianest]` shows it for PLEX_UNREACHABLE, PLEX_TIMEOUT and PLEX_ERROR.

interface Args {
  code: 'PLEX_UNREACHABLE' | 'PLEX_TIMEOUT' | 'PLEX_ERROR';
  serverUrl: string;
  connectionError: string;
  lastReachedHoursAgo: number;
  onRetry: () => void;
}

const MESSAGES = {
  PLEX_UNREACHABLE: ['Cannot connect to Plex server. Please check server status.', 503],
  PLEX_TIMEOUT: ['Plex server operation timed out. Please try again.', 504],
  PLEX_ERROR: ['Failed to communicate with Plex server.', 502],
} as const;

function Example({ code, serverUrl, connectionError, lastReachedHoursAgo, onRetry }: Args) {
  const [now] = useState(() => Date.now());
  const [message, status] = MESSAGES[code];
  const details =
    code === 'PLEX_UNREACHABLE'
      ? { server_url: serverUrl, connection_error: connectionError, last_successful: new Date(now - lastReachedHoursAgo * 3_600_000).toISOString() }
      : code === 'PLEX_TIMEOUT'
        ? { timeout_duration: 10000, operation: 'library_search', suggestion: 'Try again in a few minutes' }
        : { plex_error: 'Invalid authentication token', plex_status: 401, retry_after: 300 };
  return <PlexUnreachable error={readSeed('000', { success: false, error: { code, message, details } }, { status })} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/PlexUnreachable',
  component: Example,
  args: { code: 'PLEX_UNREACHABLE', serverUrl: 'https://plex.local:32400', connectionError: 'ECONNREFUSED', lastReachedHoursAgo: 2, onRetry: fn() },
  argTypes: {
    code: { control: 'select', options: ['PLEX_UNREACHABLE', 'PLEX_TIMEOUT', 'PLEX_ERROR'] },
    connectionError: { control: 'select', options: ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET'] },
  },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's PLEX_UNREACHABLE: the server, the reason, the last contact in words, the next attempt. */
export const Unreachable: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Cannot connect to the Plex server' })).toBeVisible();
    await expect(canvas.getByText('https://plex.local:32400')).toBeVisible();
    await expect(canvas.getByText('2 hours ago')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Trying again in/);
    await userEvent.click(canvas.getByRole('button', { name: 'Try now' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Seed 000's PLEX_TIMEOUT. */
export const TimedOut: Story = {
  args: { code: 'PLEX_TIMEOUT' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No answer within 10 seconds.')).toBeVisible();
  },
};

/** Seed 000's PLEX_ERROR, whose retry_after of 300 s sets the next attempt. */
export const PlexReportedError: Story = {
  args: { code: 'PLEX_ERROR' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Invalid authentication token')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again in 5 minutes.');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlexPinPrompt } from '../../src/presets/medianest/PlexPinPrompt';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { genericKit, readSeed } from '../support/storyKit';

// The MediaNest preset's PIN sign-in (`api-error-kit/presets/medianest`): a kit made with
// `presets: [medianest]` shows it for PIN_NOT_AUTHORIZED, and lets its link go to Plex's hosts.

interface Args {
  pinCode: string;
  authUrl: string;
  expiresInMinutes: number;
  onRetry: () => void;
}

const MESSAGE = 'PIN has not been authorized yet. Please complete authorization on plex.tv/link.';

/** Seed 000's PIN_NOT_AUTHORIZED, read with the MediaNest kit. */
function usePinError({ pinCode, authUrl, expiresInMinutes }: Omit<Args, 'onRetry'>) {
  const [now] = useState(() => Date.now());
  const details = { pin_id: '123456', pin_code: pinCode, expires_at: new Date(now + expiresInMinutes * 60_000).toISOString(), auth_url: authUrl };
  return readSeed('000', { success: false, error: { code: 'PIN_NOT_AUTHORIZED', message: MESSAGE, details } }, { status: 400 });
}

function Example({ onRetry, ...pin }: Args) {
  return <PlexPinPrompt error={usePinError(pin)} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/PlexPinPrompt',
  component: Example,
  args: { pinCode: 'ABCD-EFGH', authUrl: 'https://plex.tv/link/?pin=ABCD-EFGH', expiresInMinutes: 15, onRetry: fn() },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's PIN_NOT_AUTHORIZED: the Plex PIN, where to enter it, how long it lasts. */
export const EnterTheCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Finish signing in with Plex' })).toBeVisible();
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await expect(canvas.getByText(/This code expires at/)).toHaveTextContent(/\(in 15 minutes\)/);
    await expect(canvas.getByRole('link', { name: /plex.tv\/link/ })).toHaveAttribute('href', 'https://plex.tv/link/?pin=ABCD-EFGH');
    await userEvent.click(canvas.getByRole('button', { name: 'I have entered the code' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A PIN whose auth_url is not one of Plex's hosts: the code is shown, the link is not. */
export const OffSiteLink: Story = {
  args: { authUrl: 'https://plex.tv.evil.example/link/?pin=ABCD-EFGH' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** An expired PIN says so. */
export const Expired: Story = {
  args: { expiresInMinutes: -5 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('This code has expired. Start again for a new one.')).toBeVisible();
  },
};

/** The hosts a link may go to are the kit's: under a kit without the MediaNest preset, plex.tv is not one of them, and no link is made. */
export const KitWithoutThePreset: Story = {
  decorators: [(Story) => <ApiErrorProvider kit={genericKit}>{Story()}</ApiErrorProvider>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** What a route's error slot shows for the same response under the story kit: the preset's `plex-pin` fallback, chosen by the kit. */
export const ChosenByTheKit: Story = {
  render: function Render({ onRetry, ...pin }) {
    return <ApiErrorFallback error={usePinError(pin)} reset={onRetry} episodeKey="plex-pin-story" autoFocus={false} />;
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Finish signing in with Plex' })).toBeVisible();
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'I have entered the code' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

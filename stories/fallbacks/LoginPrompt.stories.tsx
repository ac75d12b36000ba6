import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { LoginPrompt } from '../../src/react/fallbacks/LoginPrompt';

interface Args {
  code: string;
  message: string;
  loginUrl: string;
  pinCode: string;
  authUrl: string;
  expiresInMinutes: number;
  onRetry: () => void;
}

function Example({ code, message, loginUrl, pinCode, authUrl, expiresInMinutes, onRetry }: Args) {
  const [now] = useState(() => Date.now());
  const details =
    code === 'PIN_NOT_AUTHORIZED'
      ? { pin_id: '123456', pin_code: pinCode, expires_at: new Date(now + expiresInMinutes * 60_000).toISOString(), auth_url: authUrl }
      : { reason: 'missing_token', loginUrl };
  const error = normalizeError({ success: false, error: { code, message, details } }, { status: code === 'PIN_NOT_AUTHORIZED' ? 400 : 401 });
  return <LoginPrompt error={error} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/LoginPrompt',
  component: Example,
  args: {
    code: 'UNAUTHORIZED',
    message: 'Authentication required. Please log in.',
    loginUrl: '/auth/plex/pin',
    pinCode: 'ABCD-EFGH',
    authUrl: 'https://plex.tv/link/?pin=ABCD-EFGH',
    expiresInMinutes: 15,
    onRetry: fn(),
  },
  argTypes: { code: { control: 'select', options: ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'TOKEN_ERROR', 'REFRESH_TOKEN_EXPIRED', 'PIN_NOT_AUTHORIZED'] } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's UNAUTHORIZED: the sign-in link is the server's loginUrl. */
export const SessionMissing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sign in to continue' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/auth/plex/pin');
  },
};

/** A loginUrl of `javascript:` is dropped; the default sign-in path with the way back is used. */
export const HostileLoginUrl: Story = {
  args: { loginUrl: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    const href = within(canvasElement).getByRole('link', { name: 'Sign in' }).getAttribute('href') ?? '';
    await expect(href).toMatch(/^\/login\?returnTo=/);
  },
};

/** A loginUrl that only looks same-site (an encoded slash makes it `//evil.example`): the app's sign-in is used instead. */
export const LookAlikeLoginUrl: Story = {
  args: { loginUrl: '/%2F%2Fevil.example/login' },
  play: async ({ canvasElement }) => {
    const href = within(canvasElement).getByRole('link', { name: 'Sign in' }).getAttribute('href') ?? '';
    await expect(href).toMatch(/^\/login\?returnTo=/);
  },
};

/** Seed 000's PIN_NOT_AUTHORIZED: the Plex PIN, where to enter it, how long it lasts. */
export const PlexPin: Story = {
  args: { code: 'PIN_NOT_AUTHORIZED', message: 'PIN has not been authorized yet. Please complete authorization on plex.tv/link.' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await expect(canvas.getByText(/This code expires at/)).toHaveTextContent(/\(in 15 minutes\)/);
    await expect(canvas.getByRole('link', { name: /plex.tv\/link/ })).toHaveAttribute('href', 'https://plex.tv/link/?pin=ABCD-EFGH');
    await userEvent.click(canvas.getByRole('button', { name: 'I have entered the code' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A PIN whose auth_url is not one of Plex's hosts: the code is shown, the link is not. */
export const PlexPinOffSiteLink: Story = {
  args: { ...PlexPin.args, authUrl: 'https://plex.tv.evil.example/link/?pin=ABCD-EFGH' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('ABCD-EFGH')).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** An expired PIN says so. */
export const PlexPinExpired: Story = {
  args: { ...PlexPin.args, expiresInMinutes: -5 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('This code has expired. Start again for a new one.')).toBeVisible();
  },
};

const onLogin = fn();

/** With the app's own sign-in flow: a button that calls back with the path to return to. */
export const AppSignInFlow: Story = {
  args: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' },
  decorators: [(Story) => <ApiErrorProvider login={{ onLogin }}>{Story()}</ApiErrorProvider>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(onLogin).toHaveBeenCalled();
  },
};

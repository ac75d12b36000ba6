import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { LoginPrompt } from '../../src/react/fallbacks/LoginPrompt';
import { storyKit } from '../support/storyKit';

interface Args {
  code: string;
  message: string;
  loginUrl: string;
  onRetry: () => void;
}

// Seed 000's envelope, read with the story kit: its MediaNest preset reads the envelope, and the
// other presets know the account codes (REFRESH_TOKEN_EXPIRED) the control offers.
function Example({ code, message, loginUrl, onRetry }: Args) {
  const error = storyKit.normalize({ success: false, error: { code, message, details: { reason: 'missing_token', loginUrl } } }, { status: 401 });
  return <LoginPrompt error={error} onRetry={onRetry} />;
}

const meta = {
  title: 'Fallbacks/LoginPrompt',
  component: Example,
  args: {
    code: 'UNAUTHORIZED',
    message: 'Authentication required. Please log in.',
    loginUrl: '/auth/plex/pin',
    onRetry: fn(),
  },
  argTypes: { code: { control: 'select', options: ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'TOKEN_ERROR', 'REFRESH_TOKEN_EXPIRED'] } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's UNAUTHORIZED: the sign-in link is the server's loginUrl. (The Plex PIN sign-in is the MediaNest preset's own fallback: see Fallbacks/PlexPinPrompt.) */
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

/** Seed 004's REFRESH_TOKEN_EXPIRED, a code of the SaaS preset: the kit's words for an ended session. */
export const RefreshTokenExpired: Story = {
  args: { code: 'REFRESH_TOKEN_EXPIRED', message: 'Refresh token has expired. Please log in again.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toBeVisible();
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

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ApiErrorProvider, useApiErrorSettings } from '../../src/react/ApiErrorSettings';
import { genericKit } from '../support/storyKit';

// What a kit without fallbacks of its own shows: `createErrorKit({ dialects: standardDialects })`.
// GenericFallback words every category, retries by itself where the failure is expected to pass
// (counting down in a polite status region), offers sign-in for a session that ended, and shows a
// support reference. Each story reads a standard response with that kit and renders what a
// route's error slot would.

interface Args {
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  /** What fetch threw instead of answering. */
  thrown?: (() => unknown) | undefined;
  onRetry: () => void;
}

let mounts = 0;

function KitWithoutFallbacks({ status, headers, body, thrown, onRetry }: Args) {
  const { kit } = useApiErrorSettings();
  const error = useMemo(() => kit.normalize(thrown ? thrown() : body, { status, headers }), [kit, thrown, body, status, headers]);
  // Each story its own failure episode, so one story's automatic retries are not the next one's.
  const [episodeKey] = useState(() => `generic-fallback-${(mounts += 1)}`);
  return <ApiErrorFallback error={error} reset={onRetry} episodeKey={episodeKey} autoFocus={false} />;
}

const meta = {
  title: 'Fallbacks/GenericFallback (kit without fallbacks)',
  component: KitWithoutFallbacks,
  decorators: [(Story) => <ApiErrorProvider kit={genericKit}>{Story()}</ApiErrorProvider>],
  args: { onRetry: fn() },
} satisfies Meta<typeof KitWithoutFallbacks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The fallback shown is GenericFallback, for this category. */
async function expectGeneric(canvasElement: HTMLElement, category: string) {
  const root = canvasElement.querySelector('.aek-fallback');
  await expect(root).toHaveClass('aek-fallback--generic');
  await expect(root).toHaveAttribute('data-error-category', category);
  await expect(within(canvasElement).getByRole('alert')).toBeVisible();
}

/** A session that ended (401 TOKEN_EXPIRED): the kit's words for it, and "Sign in" to the app's sign-in page with the way back; no retry. */
export const SessionEnded: Story = {
  args: { status: 401, body: { error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectGeneric(canvasElement, 'unauthenticated');
    await expect(canvas.getByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', expect.stringMatching(/^\/login\?returnTo=/) as unknown as string);
    await expect(canvas.queryByRole('button', { name: /Try/ })).toBeNull();
  },
};

/** A 503 with Retry-After 30: it says it is reconnecting, counts down politely, and "Try now" retries at once. */
export const OutageCountsDown: Story = {
  args: {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
    body: { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The service is down for maintenance.' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectGeneric(canvasElement, 'unavailable');
    await expect(canvas.getByRole('heading', { name: 'This service is temporarily unavailable' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Trying again in 30 seconds.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Try now' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A 429 with Retry-After 2: the countdown ends and it retries by itself. */
export const RateLimitRetriesByItself: Story = {
  args: { status: 429, headers: { 'Retry-After': '2' }, body: { message: 'Too many requests, slow down.' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectGeneric(canvasElement, 'rate-limited');
    await expect(canvas.getByRole('heading', { name: 'Too many requests' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again in a few seconds.');
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce(), { timeout: 4000 });
  },
};

/** A 500 with a request id: the kit's words (never the server's), the reference for support, and "Try again". */
export const ServerErrorWithReference: Story = {
  args: { status: 500, headers: { 'X-Request-Id': 'req_7f3a9c2e41' }, body: { message: 'NullPointerException in InvoiceService' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectGeneric(canvasElement, 'server');
    await expect(canvas.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeVisible();
    await expect(canvas.getByText(/^Reference:/)).toHaveTextContent('Reference: req_7f3a9c2e41');
    await expect(canvasElement).not.toHaveTextContent(/NullPointerException/);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** No response at all (fetch rejected): it keeps trying by itself, saying when. */
export const NoConnection: Story = {
  args: { thrown: () => new TypeError('Failed to fetch') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectGeneric(canvasElement, 'network');
    await expect(canvas.getByRole('heading', { name: 'You appear to be offline' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Trying again in /);
    await expect(canvas.getByRole('button', { name: 'Try now' })).toBeVisible();
  },
};

/** The dark theme: axe checks its contrast too. */
export const OutageCountsDownDark: Story = { ...OutageCountsDown, globals: { theme: 'dark' } };

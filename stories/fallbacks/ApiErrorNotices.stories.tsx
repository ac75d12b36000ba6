import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorNotices } from '../../src/react/ApiErrorNotices';
import { dismissNotice, showNotice } from '../../src/react/notices';
import { readSeed } from '../support/storyKit';

/** Two refreshes that failed behind data still on screen: an outage and an ended session. */
function Example() {
  useEffect(() => {
    const outage = readSeed('003', { error: { code: 'SERVICE_UNAVAILABLE', message: 'Service temporarily unavailable' } }, { status: 503 });
    const session = readSeed('000', { success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }, { status: 401 });
    showNotice({ error: outage, message: outage.message, source: 'links' });
    showNotice({ error: session, message: session.message, source: 'profile' });
    return () => {
      dismissNotice(outage.code);
      dismissNotice(session.code);
    };
  }, []);
  return (
    <div>
      <ApiErrorNotices />
      <p>12 short links</p>
    </div>
  );
}

const meta = { title: 'Fallbacks/ApiErrorNotices', component: Example } satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The data stays; each failure is told once beside it, an ended session with a way to sign in, each dismissible. */
export const StaleData: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notices = canvas.getByRole('status', { name: 'Messages about this page' });
    await waitFor(() => expect(within(notices).getAllByText('What you see may be out of date.')).toHaveLength(2));
    await expect(canvas.getByText('12 short links')).toBeVisible();
    await expect(within(notices).getByRole('link', { name: 'Sign in' })).toBeVisible();
    const [first] = within(notices).getAllByRole('button', { name: 'Dismiss' });
    if (first) await userEvent.click(first);
    await waitFor(() => expect(within(notices).getAllByText('What you see may be out of date.')).toHaveLength(1));
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ServerError } from '../../src/react/fallbacks/ServerError';
import { readSeed } from '../support/storyKit';

function Example({ reference, onRetry }: { reference: string; onRetry: () => void }) {
  const error = readSeed(
    '000',
    { success: false, error: { code: 'INTERNAL_ERROR', message: 'An unexpected server error occurred. Please try again.', details: { error_id: reference, timestamp: '2025-01-15T12:00:00.000Z' } } },
    { status: 500 },
  );
  return <ServerError error={error} onRetry={onRetry} />;
}

const meta = { title: 'Fallbacks/ServerError', component: Example, args: { reference: 'err_abc123xyz', onRetry: fn() } } satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's INTERNAL_ERROR: the registry's words, the error_id for support, copy and retry. */
export const WithReference: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeVisible();
    await expect(canvas.getByText('err_abc123xyz')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy reference' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/cop/i), { timeout: 3000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

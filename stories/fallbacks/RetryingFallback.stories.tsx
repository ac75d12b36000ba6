import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ServerError } from '../../src/react/fallbacks/ServerError';
import { RetryingContext } from '../../src/react/RetryingContext';
import { readSeed } from '../support/storyKit';

/** A fallback whose retry is under way: it stays on screen, busy, and says so. */
function Example({ onRetry }: { onRetry: () => void }) {
  const error = readSeed('000', { success: false, error: { code: 'INTERNAL_ERROR', message: 'An unexpected server error occurred.' } }, { status: 500 });
  return (
    <RetryingContext.Provider value>
      <ServerError error={error} onRetry={onRetry} />
    </RetryingContext.Provider>
  );
}

const meta = { title: 'Fallbacks/Retrying', component: Example, args: { onRetry: fn() } } satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Trying again…" in the status region; the button keeps its place and focus, and a second press sends nothing. */
export const TryingAgain: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Trying again…'));
    const button = canvas.getByRole('button', { name: 'Try again' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(button).toHaveFocus();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ApiError } from '../src/core/ApiError';
import { GenericFallback } from '../src/react/fallbacks/GenericFallback';

const serverError = new ApiError({
  code: 'INTERNAL_ERROR',
  status: 500,
  category: 'server',
  message: 'An unexpected server error occurred. Please try again.',
  retryable: true,
  correlationId: 'err_abc123xyz',
  dialect: 'medianest',
});

const meta = {
  title: 'Fallbacks/GenericFallback',
  component: GenericFallback,
  args: { error: serverError, onRetry: fn() },
} satisfies Meta<typeof GenericFallback>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithRetry: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('An unexpected server error occurred. Please try again.');
    await expect(canvas.getByText('err_abc123xyz')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const WithoutRetry: Story = {
  render: ({ error }) => <GenericFallback error={error} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sorry, there is a problem' })).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

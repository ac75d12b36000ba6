import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConflictNotice } from '../../src/react/fallbacks/ConflictNotice';
import { GenericFallback } from '../../src/react/fallbacks/GenericFallback';
import { NotFound } from '../../src/react/fallbacks/NotFound';
import { readSeed, storyKit } from '../support/storyKit';

const meta = {
  title: 'Fallbacks/NotFound, ConflictNotice, GenericFallback',
  component: GenericFallback,
  args: { error: storyKit.normalize(new TypeError("Cannot read properties of undefined (reading 'map')")), onRetry: fn() },
} satisfies Meta<typeof GenericFallback>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 002's NOT_FOUND: the server's sentence names what is missing; the app's link says where to go. */
export const ProspectNotFound: Story = {
  render: () => (
    <NotFound
      error={readSeed('002', { error: 'NOT_FOUND', message: "Prospect with id '123e4567-e89b-12d3-a456-426614174000' not found", statusCode: 404 })}
      action={<a href="#prospects">See all prospects</a>}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'See all prospects' })).toBeVisible();
  },
};

/** Seed 000's DUPLICATE_RESOURCE: which value is already taken. */
export const DuplicateRequest: Story = {
  render: (args) => (
    <ConflictNotice
      onRetry={args.onRetry}
      error={readSeed(
        '000',
        { success: false, error: { code: 'DUPLICATE_RESOURCE', message: 'A resource with this identifier already exists.', details: { resource_type: 'media_request', existing_id: 'existing-request-uuid', conflict_field: 'tmdb_id', conflict_value: '27205' } } },
        { status: 409 },
      )}
    />
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/is already in use/)).toHaveTextContent('The tmdb id 27205 is already in use.');
    await userEvent.click(canvas.getByRole('button', { name: 'Reload and try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A script error: never its text, never a stack trace. */
export const ScriptError: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sorry, there is a problem' })).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent(/reading 'map'/);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** The dark theme: axe checks its contrast too. */
export const DuplicateRequestDark: Story = { ...DuplicateRequest, globals: { theme: 'dark' } };

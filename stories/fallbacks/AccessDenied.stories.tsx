import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { AccessDenied } from '../../src/react/fallbacks/AccessDenied';

interface Args {
  code: string;
  message: string;
  requiredRole: string;
  currentRole: string;
  permission: string;
  onResend: () => void;
}

function Example({ code, message, requiredRole, currentRole, permission, onResend }: Args) {
  const error = normalizeError(
    { success: false, error: { code, message, context: { ...(requiredRole ? { required_role: requiredRole, current_role: currentRole } : {}), ...(permission ? { permission } : {}) } } },
    { status: 403 },
  );
  return (
    <AccessDenied
      error={error}
      action={
        code === 'EMAIL_NOT_VERIFIED' ? (
          <button type="button" className="aek-button" onClick={onResend}>
            Send the email again
          </button>
        ) : undefined
      }
    />
  );
}

const meta = {
  title: 'Fallbacks/AccessDenied',
  component: Example,
  args: { code: 'ACCESS_DENIED', message: 'Insufficient permissions for this operation.', requiredRole: 'admin', currentRole: 'user', permission: '', onResend: fn() },
  argTypes: { code: { control: 'select', options: ['ACCESS_DENIED', 'INSUFFICIENT_PERMISSIONS', 'PERMISSION_DENIED', 'USER_INACTIVE', 'EMAIL_NOT_VERIFIED'] } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000: the role needed against the role held. */
export const MissingRole: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveTextContent('You need the admin role. You have the user role.');
  },
};

/** Seed 004: the permission needed. */
export const MissingPermission: Story = {
  args: { code: 'PERMISSION_DENIED', message: 'You do not have permission to perform this action.', requiredRole: '', permission: 'admin.write' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveTextContent('You need the admin.write permission.');
  },
};

/** Seed 004: a deactivated account. */
export const InactiveAccount: Story = {
  args: { code: 'USER_INACTIVE', message: 'Your account has been deactivated.', requiredRole: '' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your account has been deactivated' })).toBeVisible();
  },
};

/** Seed 001: an unverified email, with the app's resend action in the slot. */
export const UnverifiedEmail: Story = {
  args: { code: 'EMAIL_NOT_VERIFIED', message: 'Email not verified. Please check your email for verification link.', requiredRole: '' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Verify your email address' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send the email again' }));
    await expect(args.onResend).toHaveBeenCalledOnce();
  },
};

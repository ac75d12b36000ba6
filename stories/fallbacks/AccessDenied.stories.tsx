import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AccessDenied } from '../../src/react/fallbacks/AccessDenied';
import { readSeed } from '../support/storyKit';

interface Args {
  code: string;
  message: string;
  requiredRole: string;
  currentRole: string;
  permission: string;
  onResend: () => void;
}

function Example({ code, message, requiredRole, currentRole, permission, onResend }: Args) {
  // Each failure as the seed API that sends it does, read with that API's kit: seed 000 puts the
  // facts in `details`, seed 004 in `context`; seed 001 says an email is unverified in a sentence.
  const facts = { ...(requiredRole ? { required_role: requiredRole, current_role: currentRole } : {}), ...(permission ? { permission } : {}) };
  const error =
    code === 'EMAIL_NOT_VERIFIED'
      ? readSeed('001', { detail: message }, { status: 403 })
      : code === 'ACCESS_DENIED' || code === 'INSUFFICIENT_PERMISSIONS'
        ? readSeed('000', { success: false, error: { code, message, details: facts } }, { status: 403 })
        : readSeed('004', { success: false, error: { code, message, context: facts } }, { status: 403 });
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

/** Seed 001's sentence for an unverified email, read by the artwork preset, with the app's resend action in the slot. */
export const UnverifiedEmail: Story = {
  args: { code: 'EMAIL_NOT_VERIFIED', message: 'Email not verified. Please check your email for verification link.', requiredRole: '' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Verify your email address' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send the email again' }));
    await expect(args.onResend).toHaveBeenCalledOnce();
  },
};

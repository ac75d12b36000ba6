import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fullKit } from '../../helpers/kits';
import { renderInKit } from '../../helpers/renderInKit';

const normalizeError = fullKit.normalize;
import { AccessDenied } from '../../../src/react/fallbacks/AccessDenied';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('AccessDenied', () => {
  itKeepsTheFallbackContract(AccessDenied, () => seedError('000', '`ACCESS_DENIED`'));

  it('names the role needed and the role the user has', () => {
    renderInKit(<AccessDenied error={seedError('000', '`ACCESS_DENIED`')} />);
    expect(screen.getByRole('heading', { name: 'You do not have permission to do this' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('You need the admin role. You have the user role.');
    expect(screen.getByText('If you think you should have access, ask an administrator.')).toBeInTheDocument();
  });

  it('names the missing permission', () => {
    renderInKit(<AccessDenied error={seedError('004', 'PERMISSION_DENIED')} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('You need the admin.write permission.');
  });

  it('explains an inactive account', () => {
    renderInKit(<AccessDenied error={seedError('004', 'USER_INACTIVE')} />);
    expect(screen.getByRole('heading', { name: 'Your account has been deactivated' })).toBeInTheDocument();
  });

  it('offers the resend action for an unverified email', () => {
    const error = normalizeError({ detail: 'Email not verified. Please check your email for verification link.' }, { status: 403 });
    renderInKit(<AccessDenied error={error} action={<button type="button">Resend the email</button>} />);
    expect(screen.getByRole('heading', { name: 'Verify your email address' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend the email' })).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { ApiErrorProvider, type LinkProps } from '../../../src/react/ApiErrorSettings';
import { LoginPrompt } from '../../../src/react/fallbacks/LoginPrompt';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('LoginPrompt', () => {
  itKeepsTheFallbackContract(LoginPrompt, () => seedError('004', 'TOKEN_EXPIRED'));

  it("links to MediaNest's loginUrl", () => {
    render(<LoginPrompt error={seedError('000', '`UNAUTHORIZED`')} />);
    expect(screen.getByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
    expect(screen.getByText('Authentication required. Please log in.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/auth/plex/pin');
  });

  it('brings the user back to where they were through the app’s login URL and router link', () => {
    window.history.pushState({}, '', '/requests/42?tab=files');
    const RouterLink = ({ href, children, className }: LinkProps) => (
      <a href={href} className={className} data-router-link="">
        {children}
      </a>
    );
    render(
      <ApiErrorProvider login={{ href: (returnTo) => `/signin?next=${encodeURIComponent(returnTo)}` }} LinkComponent={RouterLink}>
        <LoginPrompt error={seedError('004', 'REFRESH_TOKEN_EXPIRED')} />
      </ApiErrorProvider>,
    );
    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/signin?next=%2Frequests%2F42%3Ftab%3Dfiles');
    expect(link).toHaveAttribute('data-router-link');
    window.history.pushState({}, '', '/');
  });

  it('starts sign-in through a callback when the app gives one', async () => {
    const onLogin = vi.fn();
    render(
      <ApiErrorProvider login={{ onLogin }}>
        <LoginPrompt error={seedError('004', 'TOKEN_INVALID')} />
      </ApiErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onLogin).toHaveBeenCalledWith('/');
  });

  it('never links to a javascript: loginUrl', () => {
    const error = normalizeError({ success: false, error: { code: 'UNAUTHORIZED', message: 'Log in.', details: { loginUrl: 'javascript:alert(1)' } } }, { status: 401 });
    render(<LoginPrompt error={error} />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
  });

  it.each([
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%252F%252Fevil.example',
    '/\u2215evil.example',
    '/\uFF0Fevil.example',
    '/\u00AD/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/login',
  ])('uses the app\'s sign-in instead of a loginUrl that only looks same-site: %j', (loginUrl) => {
    const error = normalizeError({ success: false, error: { code: 'UNAUTHORIZED', message: 'Log in.', details: { loginUrl } } }, { status: 401 });
    render(<LoginPrompt error={error} />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
  });

  it('uses a same-site loginUrl, its dot segments resolved', () => {
    const error = normalizeError({ success: false, error: { code: 'UNAUTHORIZED', message: 'Log in.', details: { loginUrl: '/auth/../auth/plex/pin' } } }, { status: 401 });
    render(<LoginPrompt error={error} />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/auth/plex/pin');
  });

  it("never sends the user to another site's loginUrl", () => {
    const error = normalizeError({ success: false, error: { code: 'UNAUTHORIZED', message: 'Log in.', details: { loginUrl: 'https://evil.example/login' } } }, { status: 401 });
    render(<LoginPrompt error={error} />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
  });
});

import { fc, test } from '@fast-check/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { LoginPrompt } from '../../../src/react/fallbacks/LoginPrompt';

/** The sign-in link the prompt shows for a 401 whose body names `loginUrl`. */
function signInHref(loginUrl: string): string | null {
  const error = normalizeError({ success: false, error: { code: 'UNAUTHORIZED', message: 'Log in.', details: { login_url: loginUrl } } }, { status: 401 });
  render(<LoginPrompt error={error} />);
  const href = screen.getByRole('link', { name: 'Sign in' }).getAttribute('href');
  cleanup();
  return href;
}

/** Every address a sign-in page could send the user on to from `href`, fully decoded. */
function returnAddresses(href: string): string[] {
  let decoded = href;
  for (let round = 0; round < 4; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  return decoded.split(/[?&=#;,\s]+/).filter((piece) => /^(?:[a-z][a-z0-9+.-]*:|[/\\]{2}|\\)/i.test(piece));
}

const OFF_SITE_RETURNS = [
  '/login?returnTo=https://evil.example',
  '/login?returnTo=//evil.example',
  '/login?next=https%3A%2F%2Fevil.example%2Fphish',
  '/login?next=https%253A%252F%252Fevil.example',
  '/login?redirect_uri=%2F%2Fevil.example',
  '/login?continue=/\\evil.example',
  '/login?r=javascript:alert(1)',
  '/login#returnTo=https://evil.example',
  '/login?returnTo=/account?next=https://evil.example',
  '/login?returnTo=https:／／evil.example',
  '/login?state=x&returnTo=HTTPS://EVIL.EXAMPLE',
  '/login?returnTo=%5C%5Cevil.example',
];

describe('a server’s sign-in link never carries an off-site return address', () => {
  it.each(OFF_SITE_RETURNS)('refuses %s and signs in on this site instead', (loginUrl) => {
    const href = signInHref(loginUrl) ?? '';
    expect(returnAddresses(href)).toEqual([]);
    expect(href).toMatch(/^\/login\?returnTo=%2F/);
  });

  it.each(['/login?returnTo=%2Frequests%2F42', '/auth/plex/pin?returnTo=/requests', '/login?lang=en&returnTo=/a?b=c', '/login?at=12:30'])('keeps %s, whose return address is on this site', (loginUrl) => {
    expect(signInHref(loginUrl)).toBe(loginUrl);
  });

  it('keeps an absolute return address on this very site', () => {
    const loginUrl = `/login?returnTo=${encodeURIComponent(`${window.location.origin}/requests`)}`;
    expect(signInHref(loginUrl)).toBe(loginUrl);
  });

  test.prop(
    [
      fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => new URL(url).origin !== window.location.origin),
      fc.constantFrom('returnTo', 'next', 'redirect', 'redirect_uri', 'continue', 'r', 'url'),
      fc.constantFrom<(value: string) => string>((value) => value, encodeURIComponent, (value) => encodeURIComponent(encodeURIComponent(value)), (value) => value.replace('://', '%3A//')),
      fc.constantFrom('?', '#', '?a=1&'),
    ],
    { numRuns: 150 },
  )('whatever parameter and encoding carry an off-site address, the link does not', (offSite, parameter, encode, joiner) => {
    const href = signInHref(`/login${joiner}${parameter}=${encode(offSite)}`) ?? '';
    for (const address of returnAddresses(href)) expect(new URL(address, window.location.origin).origin).toBe(window.location.origin);
  });
});

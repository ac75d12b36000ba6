import { describe, expect, it } from 'vitest';
import { allowedHostHref, sameSiteSignInPath } from '../../src/core/screen/responseLinks';
import { medianest } from '../../src/presets/medianest/index';

// The link hosts the MediaNest preset brings: Plex's own.
const PLEX_HOSTS = medianest.linkHosts ?? [];

const ORIGIN = 'https://app.example';
/** A same-site path exactly `length` characters long. */
const pathOfLength = (length: number) => `/login?pad=${'a'.repeat(length - '/login?pad='.length)}`;

describe('a sign-in link from a response', () => {
  it.each([
    ['/auth/plex/pin', '/auth/plex/pin'],
    ['/login?next=%2Fhome#top', '/login?next=%2Fhome#top'],
    ['/auth/../auth/plex/pin', '/auth/plex/pin'],
    ['/a/%2e%2e/login', '/login'],
    ['  /login  ', '/login'],
    ['/sign in', '/sign%20in'],
    ['/sign%20in', '/sign%20in'],
    ['/login?at=12:30', '/login?at=12:30'],
    ['/auth:plex', '/auth:plex'],
    ['/login//', '/login//'],
    ['/\u00e9/evil.example', '/%C3%A9/evil.example'],
    ['/%2525255z', '/%2525255z'],
  ])('uses the same-site path %j as %j', (value, path) => {
    expect(sameSiteSignInPath(value)).toBe(path);
  });

  it.each([
    ['another site', 'https://evil.example/login'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL to localhost', '//localhost/login'],
    ['a protocol-relative URL to the resolver\u2019s own placeholder host', '//sign-in.invalid/login'],
    ['a backslash after the first slash', '/\\evil.example'],
    ['a backslash anywhere', '/sign\\in'],
    ['an encoded backslash', '/sign%5Cin'],
    ['a relative path that does not start at the root', 'login'],
    ['a relative path with more segments', 'auth/plex/pin'],
    ['encoded slashes', '/%2F%2Fevil.example'],
    ['an encoded slash after the first', '/%2Fevil.example'],
    ['double-encoded slashes', '/%252F%252Fevil.example'],
    ['a path still encoded after three rounds of decoding', '/%25252541'],
    ['a bad percent-escape', '/%zz'],
    ['a percent-escape that decodes to a bad one', '/%25zz'],
    ['a dot segment that leaves a double slash', '/.//evil.example'],
    ['a climbing dot segment that leaves a double slash', '/..//evil.example'],
    ['an encoded slash that forms a dot segment once decoded', '/a%2F..//evil.example'],
    ['a dot segment that climbs over an encoded slash to a double slash', '/a%2Fb/..//evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL with a newline escaped inside', 'java%0Ascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ])('refuses %s: %j', (_, value) => {
    expect(sameSiteSignInPath(value)).toBeUndefined();
    expect(sameSiteSignInPath(value, ORIGIN)).toBeUndefined();
  });

  it.each([
    ['a tab', '/log\tin'],
    ['a newline', '/log\nin'],
    ['a carriage return', '/log\rin'],
    ['a NUL', '/login\u0000'],
    ['a unit separator', '/login\u001f'],
    ['a DEL', '/login\u007f'],
  ])('refuses a link with %s inside', (_, value) => {
    expect(sameSiteSignInPath(value)).toBeUndefined();
  });

  it.each([
    ['a division slash', '/\u2215evil.example'],
    ['a fraction slash', '/\u2044evil.example'],
    ['a big solidus', '/\u29f8evil.example'],
    ['a box-drawing diagonal', '/\u2571evil.example'],
    ['a vertical kana repeat mark', '/\u3033evil.example'],
    ['a fullwidth solidus', '/\uff0fevil.example'],
    ['an encoded division slash', '/%E2%88%95evil.example'],
    ['a set minus', '/sign\u2216in'],
    ['a reverse solidus operator', '/sign\u29f5in'],
    ['a big reverse solidus', '/sign\u29f9in'],
    ['a box-drawing back diagonal', '/sign\u2572in'],
  ])('refuses a path with %s that reads as a slash or backslash', (_, value) => {
    expect(sameSiteSignInPath(value)).toBeUndefined();
  });

  it.each([
    ['a soft hyphen', '\u00ad'],
    ['a combining grapheme joiner', '\u034f'],
    ['an Arabic letter mark', '\u061c'],
    ['a Hangul choseong filler', '\u115f'],
    ['a Hangul jungseong filler', '\u1160'],
    ['a Hangul filler', '\u3164'],
    ['a halfwidth Hangul filler', '\uffa0'],
    ['a Khmer inherent vowel', '\u17b4'],
    ['a second Khmer inherent vowel', '\u17b5'],
    ['a Mongolian variation selector', '\u180b'],
    ['a Mongolian vowel separator', '\u180e'],
    ['a zero-width space', '\u200b'],
    ['a right-to-left mark', '\u200f'],
    ['a left-to-right embedding', '\u202a'],
    ['a right-to-left override', '\u202e'],
    ['a word joiner', '\u2060'],
    ['a nominal digit shape', '\u206f'],
    ['a variation selector', '\ufe00'],
    ['the last variation selector', '\ufe0f'],
    ['a zero-width no-break space', '\ufeff'],
    ['a tag space', '\u{e0020}'],
    ['the first tag character', '\u{e0000}'],
    ['the cancel tag', '\u{e007f}'],
    ['a supplementary variation selector', '\u{e0100}'],
    ['the last supplementary variation selector', '\u{e01ef}'],
  ])('refuses a double slash hidden by %s', (_, invisible) => {
    expect(sameSiteSignInPath(`/${invisible}/evil.example`)).toBeUndefined();
  });

  it('takes an absolute URL only on the given origin, as its path', () => {
    expect(sameSiteSignInPath('https://app.example/login?next=%2F#top', ORIGIN)).toBe('/login?next=%2F#top');
    expect(sameSiteSignInPath('https://app.example:443/auth/../login', ORIGIN)).toBe('/login');
    expect(sameSiteSignInPath('https://app.example/login')).toBeUndefined();
    expect(sameSiteSignInPath('http://app.example/login', ORIGIN)).toBeUndefined();
    expect(sameSiteSignInPath('https://app.example.evil.example/login', ORIGIN)).toBeUndefined();
  });

  it.each([
    ['hides the real host behind an encoded slash in the user name', 'https://app.example%2F@evil.example/login'],
    ['reads as another host once decoded', 'https://evil.example%2F@app.example/login'],
    ['does not parse once decoded', 'https://x%3A99999%2F@app.example/login'],
    ['has a path that reads as a protocol-relative URL once decoded', 'https://app.example/%2Fevil.example'],
    ['has a protocol-relative path', 'https://app.example//evil.example'],
    ['has a protocol-relative path with a bad host', 'https://app.example//evil%2F.example'],
    ['has a protocol-relative path to the resolver\u2019s placeholder, with a bad host', 'https://app.example//sign-in.invalid%2Flogin'],
    ['has a protocol-relative path to another host behind the resolver\u2019s placeholder', 'https://app.example//sign-in.invalid%2523@evil.example'],
    ['has a protocol-relative path that does not parse once decoded', 'https://app.example//x%3A99999%2F@sign-in.invalid/'],
  ])('refuses a same-origin URL that %s', (_, value) => {
    expect(sameSiteSignInPath(value, ORIGIN)).toBeUndefined();
  });

  it('refuses a javascript: URL even with an origin at hand', () => {
    expect(sameSiteSignInPath('javascript:alert(1)', ORIGIN)).toBeUndefined();
    expect(sameSiteSignInPath('JavaScript:alert(document.domain)//https://app.example/', ORIGIN)).toBeUndefined();
  });

  it('takes a link of up to 2048 characters, counted before trimming', () => {
    expect(sameSiteSignInPath(pathOfLength(2048))).toBe(pathOfLength(2048));
    expect(sameSiteSignInPath(pathOfLength(2049))).toBeUndefined();
    expect(sameSiteSignInPath(` ${pathOfLength(2048)}`)).toBeUndefined();
    expect(sameSiteSignInPath(`https://app.example${pathOfLength(2048 - ORIGIN.length)}`, ORIGIN)).toBe(pathOfLength(2048 - ORIGIN.length));
    expect(sameSiteSignInPath(`https://app.example${pathOfLength(2049 - ORIGIN.length)}`, ORIGIN)).toBeUndefined();
  });

  it.each([undefined, null, 42, true, {}, ['/login']])('ignores a value that is not text: %j', (value) => {
    expect(sameSiteSignInPath(value)).toBeUndefined();
    expect(sameSiteSignInPath(value, ORIGIN)).toBeUndefined();
  });
});

describe("a Plex PIN link from a response", () => {
  it("links only to Plex's own hosts by default", () => {
    expect(PLEX_HOSTS).toEqual(['plex.tv', '*.plex.tv']);
    expect(allowedHostHref('https://plex.tv/link?pin=ABCD-EFGH', PLEX_HOSTS)).toBe('https://plex.tv/link?pin=ABCD-EFGH');
    expect(allowedHostHref('https://app.plex.tv/link?pin=ABCD-EFGH', PLEX_HOSTS)).toBe('https://app.plex.tv/link?pin=ABCD-EFGH');
    expect(allowedHostHref('https://PLEX.TV/link', PLEX_HOSTS)).toBe('https://plex.tv/link');
    expect(allowedHostHref('https://a.b.plex.tv/link', PLEX_HOSTS)).toBe('https://a.b.plex.tv/link');
  });

  it.each([
    ['another site', 'https://evil.example/phish'],
    ['a host that only starts with plex.tv', 'https://plex.tv.evil.example/link'],
    ['a host that only ends with plex.tv', 'https://notplex.tv/link'],
    ['a host that ends with lex.tv', 'https://flex.tv/link'],
    ['plain http', 'http://plex.tv/link'],
    ['a user name', 'https://user@plex.tv/link'],
    ['a password', 'https://:secret@plex.tv/link'],
    ['a user name and password', 'https://user:pass@plex.tv/link'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', '/link'],
    ['a space inside', 'https://plex.tv/link?pin=AB CD'],
    ['a no-break space inside', 'https://plex.tv/link?pin=AB\u00a0CD'],
    ['a tab inside', 'https://plex.tv/li\tnk'],
    ['a newline inside', 'https://plex.tv/li\nnk'],
    ['a NUL inside', 'https://plex.tv/link\u0000'],
    ['a unit separator inside', 'https://plex.tv/link\u001f'],
    ['a DEL inside', 'https://plex.tv/link\u007f'],
    ['an unclosed IPv6 bracket', 'https://[::1/link'],
  ])('refuses %s: %j', (_, value) => {
    expect(allowedHostHref(value, PLEX_HOSTS)).toBeUndefined();
  });

  it('takes a link with spaces around it', () => {
    expect(allowedHostHref('  https://plex.tv/link  ', PLEX_HOSTS)).toBe('https://plex.tv/link');
    expect(allowedHostHref('\u00a0https://plex.tv/link\u00a0', PLEX_HOSTS)).toBe('https://plex.tv/link');
  });

  it('links to the hosts the app allows instead, exact names or whole subdomains', () => {
    const allowed = ['Auth.Example.com', '*.Login.Example'];
    expect(allowedHostHref('https://auth.example.com/pin', allowed)).toBe('https://auth.example.com/pin');
    expect(allowedHostHref('https://eu.login.example/pin', allowed)).toBe('https://eu.login.example/pin');
    expect(allowedHostHref('https://plex.tv/link', allowed)).toBeUndefined();
    expect(allowedHostHref('https://www.auth.example.com/pin', allowed)).toBeUndefined();
    expect(allowedHostHref('https://evillogin.example/pin', allowed)).toBeUndefined();
    expect(allowedHostHref('https://plex.tv/link', [])).toBeUndefined();
  });

  it('takes a link of up to 2048 characters, counted before trimming', () => {
    const link = (length: number) => `https://plex.tv/link?pin=${'A'.repeat(length - 'https://plex.tv/link?pin='.length)}`;
    expect(allowedHostHref(link(2048), PLEX_HOSTS)).toBe(link(2048));
    expect(allowedHostHref(link(2049), PLEX_HOSTS)).toBeUndefined();
    expect(allowedHostHref(` ${link(2048)}`, PLEX_HOSTS)).toBeUndefined();
  });

  it.each([undefined, null, 42, true, {}, ['https://plex.tv/link']])('ignores a value that is not text: %j', (value) => {
    expect(allowedHostHref(value, PLEX_HOSTS)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeLinkTarget, parseHttpUrl, safeHref } from '../../src/core/format/safeHref';

/** A same-origin path exactly `length` characters long. */
const pathOfLength = (length: number) => `/${'a'.repeat(length - 1)}`;
const notText: unknown[] = [undefined, null, 42, true, {}, ['/settings'], new URL('https://example.com/')];

describe('parseHttpUrl', () => {
  it.each([
    ['https://example.com/docs?q=1#top', 'https:', 'example.com', '/docs'],
    ['http://example.com', 'http:', 'example.com', '/'],
    ['HTTPS://Example.COM/Docs', 'https:', 'example.com', '/Docs'],
    ['  https://example.com/docs  ', 'https:', 'example.com', '/docs'],
  ])('parses the web address %j', (value, protocol, host, pathname) => {
    const url = parseHttpUrl(value);
    expect(url?.protocol).toBe(protocol);
    expect(url?.host).toBe(host);
    expect(url?.pathname).toBe(pathname);
  });

  it('resolves a path against the base it is given, or a placeholder when there is none', () => {
    expect(parseHttpUrl('/settings?tab=1', 'https://app.example/a/b')?.href).toBe('https://app.example/settings?tab=1');
    expect(parseHttpUrl('c', 'https://app.example/a/b')?.href).toBe('https://app.example/a/c');
    const url = parseHttpUrl('/settings?tab=1');
    expect(url?.pathname).toBe('/settings');
    expect(url?.search).toBe('?tab=1');
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an ftp URL', 'ftp://example.com/file'],
    ['a mailto: URL', 'mailto:someone@example.com'],
    ['an unclosed IPv6 bracket', 'https://[::1/'],
    ['a space in the host', 'https://exa mple.com/'],
    ['a bad port', 'https://example.com:99999/'],
  ])('gives nothing for %s: %j', (_, value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });

  it('gives nothing for a path against a base that is not a web address', () => {
    expect(parseHttpUrl('/settings', 'not a base')).toBeUndefined();
    expect(parseHttpUrl('/settings', 'file:///home/')).toBeUndefined();
  });

  it('parses up to 2048 characters', () => {
    expect(parseHttpUrl(pathOfLength(2048))?.pathname).toBe(pathOfLength(2048));
    expect(parseHttpUrl(pathOfLength(2049))).toBeUndefined();
  });

  it.each(notText)('gives nothing for a value that is not text: %j', (value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });
});

describe('safeHref', () => {
  it.each([
    ['/settings', '/settings'],
    ['/settings?tab=1#top', '/settings?tab=1#top'],
    ['  /settings  ', '/settings'],
    ['https://example.com/docs', 'https://example.com/docs'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://Example.com/Docs', 'HTTPS://Example.com/Docs'],
    [' https://example.com/docs\n', 'https://example.com/docs'],
  ])('uses %j as the link %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it('reads a tab between the slashes of a web address the way a browser does', () => {
    const href = safeHref('https:/\t/example.com/docs');
    expect(href).toBe('https:/\t/example.com/docs');
    expect(new URL(href ?? '').href).toBe('https://example.com/docs');
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL after spaces', '  javascript:alert(1)'],
    ['a javascript: URL with a tab inside', 'java\tscript:alert(1)'],
    ['a javascript: URL with a newline inside', 'java\nscript:alert(1)'],
    ['a javascript: URL that mentions a web address', 'javascript:alert(1)//https://example.com/'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['an ftp URL', 'ftp://example.com/file'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a protocol-relative URL with a backslash', '/\\evil.example/'],
    ['a path of backslashes', '\\\\evil.example/'],
    ['a protocol-relative URL with a tab between the slashes', '/\t/evil.example/'],
    ['a protocol-relative URL with a space between the slashes', '/ /evil.example/'],
    ['a protocol-relative URL with a control character between the slashes', '/\u0001/evil.example/'],
    ['a web address with no host after its slashes', 'https:///evil.example/'],
    ['a web address with a backslash for a host', 'https://\\evil.example/'],
    ['a path that does not start at the root', 'settings/profile'],
    ['a relative path that mentions a web address', 'login?next=https://example.com/'],
    ['a bare word', 'settings'],
    ['an unclosed IPv6 bracket', 'https://[::1/'],
    ['a space in the host', 'https://exa mple.com/'],
    ['an empty string', ''],
  ])('refuses %s: %j', (_, value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('takes a link of up to 2048 characters, counted before trimming', () => {
    expect(safeHref(pathOfLength(2048))).toBe(pathOfLength(2048));
    expect(safeHref(pathOfLength(2049))).toBeUndefined();
    expect(safeHref(` ${pathOfLength(2048)}`)).toBeUndefined();
  });

  it.each(notText)('ignores a value that is not text: %j', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });
});

describe('describeLinkTarget', () => {
  it.each([
    ['https://plex.tv/link', 'plex.tv/link'],
    ['https://plex.tv/link/?pin=ABCD-EFGH', 'plex.tv/link'],
    ['https://app.plex.tv/link?pin=ABCD-EFGH#code', 'app.plex.tv/link'],
    ['https://plex.tv/', 'plex.tv'],
    ['https://plex.tv', 'plex.tv'],
    ['https://plex.tv/?pin=ABCD-EFGH', 'plex.tv'],
    ['https://auth.example.com:8443/a/b/', 'auth.example.com:8443/a/b'],
    ['http://Auth.Example.com/PIN', 'auth.example.com/PIN'],
  ])('names %j as %j', (href, words) => {
    expect(describeLinkTarget(href)).toBe(words);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'https://[::1/', 'https://exa mple.com/'])('names nothing for %j', (href) => {
    expect(describeLinkTarget(href)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES } from '../../src/core/ErrorCategory';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createRegistry, defaultRegistry } from '../../src/core/registry/createRegistry';
import { codeForStatus, DEFAULT_CODES } from '../../src/core/registry/defaultCodes';

describe('the default registry', () => {
  it('gives every code a category, a retry rule and words that never show the code itself', () => {
    for (const code of Object.keys(DEFAULT_CODES)) {
      const entry = defaultRegistry.resolve(code);
      expect(ERROR_CATEGORIES).toContain(entry.category);
      expect(entry.title.length).toBeGreaterThan(3);
      expect(entry.message.length).toBeGreaterThan(3);
      expect(`${entry.title} ${entry.message}`).not.toContain(code.length > 6 ? code : '\u0000');
      expect(`${entry.title} ${entry.message}`).not.toMatch(/oops/i);
    }
  });

  it('never retries what cannot succeed', () => {
    const retried = Object.keys(DEFAULT_CODES).filter((code) => defaultRegistry.resolve(code).retryable);
    for (const code of retried) {
      expect(['rate-limited', 'upstream', 'unavailable', 'timeout', 'server', 'network', 'conflict']).toContain(defaultRegistry.resolve(code).category);
    }
    expect(retried).not.toContain('QUOTA_EXCEEDED');
    expect(retried).not.toContain('CANCELLED');
    expect(retried).toContain('RATE_LIMIT_EXCEEDED');
  });

  it('allows rate limits five attempts, as seed 001 advises', () => {
    expect(defaultRegistry.resolve('RATE_LIMIT_EXCEEDED').maxRetries).toBe(4);
  });

  it('shows Plex codes with the Plex fallback', () => {
    expect(['PLEX_ERROR', 'PLEX_UNREACHABLE', 'PLEX_TIMEOUT'].map((code) => defaultRegistry.resolve(code).fallback)).toEqual(['plex', 'plex', 'plex']);
    expect(defaultRegistry.resolve('TOKEN_EXPIRED').fallback).toBe('unauthenticated');
  });

  it('gives an unknown code the meaning of its status', () => {
    expect(defaultRegistry.resolve('EMAIL_TAKEN', 409).category).toBe('conflict');
    expect(defaultRegistry.resolve('SEAT_LIMIT', 402).category).toBe('payment');
    expect(defaultRegistry.resolve('UPSTREAM_DOWN', 503)).toMatchObject({ category: 'unavailable', retryable: true });
  });

  it('reads the name of an unknown code when the status says little', () => {
    expect(defaultRegistry.resolve('INVOICE_NOT_FOUND', 400).category).toBe('not-found');
    expect(defaultRegistry.resolve('MONTHLY_QUOTA_REACHED').category).toBe('quota');
    expect(defaultRegistry.resolve('SOMETHING_ODD').category).toBe('unknown');
  });
});

describe('createRegistry', () => {
  const registry = createRegistry({
    codes: { INVOICE_LOCKED: { status: 423, category: 'conflict', title: 'This invoice is locked', message: 'Ask the account owner to unlock it.' } },
    messages: { TOKEN_EXPIRED: { title: 'Sitzung abgelaufen', message: 'Bitte melden Sie sich erneut an.' } },
    categories: { network: { title: 'Keine Verbindung' } },
    serverMessages: false,
  });

  it("adds the application's codes", () => {
    const error = normalizeError({ error: 'INVOICE_LOCKED', message: 'Invoice 42 is locked', statusCode: 423 }, { registry });
    expect(error).toMatchObject({ code: 'INVOICE_LOCKED', category: 'conflict', retryable: false, message: 'Ask the account owner to unlock it.' });
  });

  it('translates codes and categories without touching the rest', () => {
    expect(registry.resolve('TOKEN_EXPIRED')).toMatchObject({ title: 'Sitzung abgelaufen', message: 'Bitte melden Sie sich erneut an.', category: 'unauthenticated' });
    expect(registry.resolve('NETWORK_ERROR').title).toBe('Keine Verbindung');
    expect(registry.resolve('NETWORK_ERROR').message).toBe(defaultRegistry.resolve('NETWORK_ERROR').message);
  });

  it("shows the registry's words instead of the server's English when asked to", () => {
    const body = { success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } };
    expect(normalizeError(body, { status: 401, registry }).message).toBe('Bitte melden Sie sich erneut an.');
    expect(normalizeError(body, { status: 401 }).message).toBe('Your session has expired. Please log in again.');
  });

  it("tries the application's sentence matchers first", () => {
    const withMatcher = createRegistry({ matchers: [{ status: 403, pattern: /^post is not visible/i, code: 'POST_HIDDEN' }], codes: { POST_HIDDEN: { category: 'not-found' } } });
    expect(normalizeError({ detail: 'Post is not visible' }, { status: 403, registry: withMatcher })).toMatchObject({ code: 'POST_HIDDEN', category: 'not-found' });
  });

  it('extends a registry without changing it', () => {
    const extended = registry.extend({ codes: { SEAT_LIMIT: { status: 402, category: 'payment' } } });
    expect(extended.resolve('SEAT_LIMIT').category).toBe('payment');
    expect(extended.resolve('TOKEN_EXPIRED').title).toBe('Sitzung abgelaufen');
    expect(extended.resolve('INVOICE_LOCKED').category).toBe('conflict');
    expect('SEAT_LIMIT' in registry.codes).toBe(false);
  });

  it('checks codes against an error', () => {
    const error = normalizeError({ error: 'INVOICE_LOCKED', message: 'Locked' }, { registry });
    expect(registry.hasCode(error, 'INVOICE_LOCKED')).toBe(true);
    expect(registry.hasCode(error, 'TOKEN_EXPIRED')).toBe(false);
  });
});

describe('codes for a bare status', () => {
  it('gives a status the table lacks the generic code of its class', () => {
    expect(codeForStatus(507)).toBe('INTERNAL_ERROR');
    expect(codeForStatus(418)).toBe('BAD_REQUEST');
    expect(codeForStatus(302)).toBe('UNKNOWN_ERROR');
    expect(codeForStatus(undefined)).toBe('UNKNOWN_ERROR');
  });

  it('lets a specific status outweigh the word in an unknown code', () => {
    expect(defaultRegistry.resolve('INVOICE_TAKEN', 404).category).toBe('not-found');
    expect(defaultRegistry.resolve('INVOICE_TAKEN', 400).category).toBe('conflict');
    expect(defaultRegistry.resolve('INVOICE_TAKEN').category).toBe('conflict');
  });
});

describe('facts stated by seed 001 sentences', () => {
  it('reads the numbers a sentence states, and not a placeholder', () => {
    expect(normalizeError({ error: 'Maximum 5 players allowed' }, { status: 400 }).details).toEqual({ limit: 5, resource: 'players' });
    expect(normalizeError({ error: 'Your subscription is still valid for 12 days' }, { status: 400 }).details).toEqual({ days_remaining: 12 });
    expect(normalizeError({ error: 'Your subscription is still valid for X days' }, { status: 400 }).details).toEqual({});
  });
});

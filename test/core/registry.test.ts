import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES } from '../../src/core/ErrorCategory';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { formatMessage } from '../../src/core/messages/formatMessage';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { createRegistry } from '../../src/core/registry/createRegistry';
import { codeForStatus, STANDARD_CODES } from '../../src/core/registry/standardCodes';
import { en } from '../../src/locales/en';
import { fullKit, seedKit } from '../helpers/kits';

const standard = createRegistry();
/** An entry's heading and message in English, as a fallback shows them. */
const english = (code: string, status?: number) => {
  const entry = fullKit.registry.resolve(code, status);
  const words = { ...en, ...fullKit.words['en'] };
  return { title: entry.title ?? formatMessage(words, 'en', entry.titleKey), message: entry.message ?? formatMessage(words, 'en', entry.messageKey) };
};

describe('the standard codes and every preset’s', () => {
  it('give every code a category, a retry rule and words (in English) that never show the code itself', () => {
    for (const code of Object.keys(fullKit.registry.codes)) {
      const entry = fullKit.registry.resolve(code);
      expect(ERROR_CATEGORIES).toContain(entry.category);
      const { title, message } = english(code);
      expect(title).not.toBe(entry.titleKey);
      expect(message).not.toBe(entry.messageKey);
      expect(`${title} ${message}`).not.toContain(code.length > 6 ? code : '\u0000');
      expect(`${title} ${message}`).not.toMatch(/oops/i);
    }
  });

  it('never retry what cannot succeed', () => {
    const retried = Object.keys(fullKit.registry.codes).filter((code) => fullKit.registry.resolve(code).retryable);
    for (const code of retried) {
      expect(['rate-limited', 'upstream', 'unavailable', 'timeout', 'server', 'network', 'conflict']).toContain(fullKit.registry.resolve(code).category);
    }
    expect(retried).not.toContain('QUOTA_EXCEEDED');
    expect(retried).not.toContain('CANCELLED');
    expect(retried).toContain('RATE_LIMIT_EXCEEDED');
  });

  it('allow rate limits five attempts, as seed 001 advises', () => {
    expect(standard.resolve('RATE_LIMIT_EXCEEDED').maxRetries).toBe(4);
  });

  it('show Plex codes with the Plex fallback, with the MediaNest preset only', () => {
    expect(['PLEX_ERROR', 'PLEX_UNREACHABLE', 'PLEX_TIMEOUT'].map((code) => seedKit('000').registry.resolve(code).fallback)).toEqual(['plex', 'plex', 'plex']);
    expect(standard.resolve('PLEX_UNREACHABLE', 503)).toMatchObject({ category: 'unavailable', fallback: 'unavailable' });
    expect(standard.resolve('TOKEN_EXPIRED').fallback).toBe('unauthenticated');
  });

  it('give an unknown code the meaning of its status', () => {
    expect(standard.resolve('EMAIL_TAKEN', 409).category).toBe('conflict');
    expect(standard.resolve('SEAT_LIMIT', 402).category).toBe('payment');
    expect(standard.resolve('UPSTREAM_DOWN', 503)).toMatchObject({ category: 'unavailable', retryable: true });
  });

  it('read the name of an unknown code when the status says little', () => {
    expect(standard.resolve('INVOICE_NOT_FOUND', 400).category).toBe('not-found');
    expect(standard.resolve('MONTHLY_QUOTA_REACHED').category).toBe('quota');
    expect(standard.resolve('SOMETHING_ODD').category).toBe('unknown');
  });

  it('know a code however the server spells it', () => {
    expect(standard.resolve('token_expired')).toMatchObject({ category: 'unauthenticated', titleKey: 'session.expired' });
    expect(standard.resolve('rate-limited')).toMatchObject({ category: 'rate-limited', maxRetries: 4 });
  });

  it('hold no product name: those come with presets', () => {
    expect(Object.keys(STANDARD_CODES).join(' ')).not.toMatch(/PLEX|PIN_|PLAN_|OAUTH|MEDIANEST/);
  });
});

describe('a kit’s own codes and words', () => {
  const kit = createErrorKit({
    dialects: standardDialects,
    codes: { INVOICE_LOCKED: { category: 'conflict', title: 'This invoice is locked', message: 'Ask the account owner to unlock it.' } },
    messages: { TOKEN_EXPIRED: { title: 'Sitzung abgelaufen', message: 'Bitte melden Sie sich erneut an.' } },
    serverMessages: false,
  });

  it("adds the application's codes", () => {
    const error = kit.normalize({ error: 'INVOICE_LOCKED', message: 'Invoice 42 is locked', statusCode: 423 });
    expect(error).toMatchObject({ code: 'INVOICE_LOCKED', category: 'conflict', retryable: false, message: 'Ask the account owner to unlock it.' });
  });

  it('gives its own words for codes without touching the rest', () => {
    expect(kit.registry.resolve('TOKEN_EXPIRED')).toMatchObject({ title: 'Sitzung abgelaufen', message: 'Bitte melden Sie sich erneut an.', category: 'unauthenticated' });
    expect(kit.registry.resolve('NETWORK_ERROR')).toMatchObject({ titleKey: 'category.network.title', messageKey: 'category.network.message' });
    expect(kit.registry.resolve('NETWORK_ERROR').title).toBeUndefined();
  });

  it('words whole categories for a registry made by hand', () => {
    const registry = createRegistry({ categories: { network: { title: 'Keine Verbindung' } } });
    expect(registry.resolve('NETWORK_ERROR').title).toBe('Keine Verbindung');
  });

  it("shows the kit's words instead of the server's English when asked to", () => {
    const body = { error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } };
    expect(kit.normalize(body, { status: 401 }).message).toBe('Bitte melden Sie sich erneut an.');
    expect(normalizeError(body, { status: 401 }).message).toBe('Your session has expired. Please log in again.');
  });

  it("tries the application's sentence matchers first", () => {
    const withMatcher = createErrorKit({ dialects: standardDialects, matchers: [{ status: 403, pattern: /^post is not visible/i, code: 'POST_HIDDEN' }], codes: { POST_HIDDEN: { category: 'not-found' } } });
    expect(withMatcher.normalize('Post is not visible', { status: 403 })).toMatchObject({ code: 'POST_HIDDEN', category: 'not-found' });
  });

  it('extends a kit without changing it', () => {
    const extended = kit.extend({ codes: { SEAT_LIMIT: { category: 'payment' } } });
    expect(extended.registry.resolve('SEAT_LIMIT').category).toBe('payment');
    expect(extended.registry.resolve('TOKEN_EXPIRED').title).toBe('Sitzung abgelaufen');
    expect(extended.registry.resolve('INVOICE_LOCKED').category).toBe('conflict');
    expect('SEAT_LIMIT' in kit.registry.codes).toBe(false);
  });

  it('checks codes against an error', () => {
    const error = kit.normalize({ error: 'INVOICE_LOCKED', message: 'Locked' });
    expect(kit.registry.hasCode(error, 'INVOICE_LOCKED')).toBe(true);
    expect(kit.registry.hasCode(error, 'TOKEN_EXPIRED')).toBe(false);
  });
});

describe('codes for a bare status', () => {
  it('gives a 5xx the table lacks the generic server code, and a 4xx it lacks no meaning beyond "the client erred"', () => {
    expect(codeForStatus(507)).toBe('INTERNAL_ERROR');
    expect(codeForStatus(418)).toBe('UNKNOWN_ERROR');
    expect(codeForStatus(416)).toBe('BAD_REQUEST');
    expect(codeForStatus(302)).toBe('UNKNOWN_ERROR');
    expect(codeForStatus(undefined)).toBe('UNKNOWN_ERROR');
  });

  it('lets a specific status outweigh the word in an unknown code', () => {
    expect(standard.resolve('INVOICE_TAKEN', 404).category).toBe('not-found');
    expect(standard.resolve('INVOICE_TAKEN', 400).category).toBe('conflict');
    expect(standard.resolve('INVOICE_TAKEN').category).toBe('conflict');
  });
});

describe('facts stated by seed 001 sentences, with its preset', () => {
  it('reads the numbers a sentence states, and not a placeholder', () => {
    const { normalize } = seedKit('001');
    expect(normalize({ error: 'Maximum 5 players allowed' }, { status: 400 }).details).toEqual({ limit: 5, resource: 'players' });
    expect(normalize({ error: 'Your subscription is still valid for 12 days' }, { status: 400 }).details).toEqual({ days_remaining: 12 });
    expect(normalize({ error: 'Your subscription is still valid for X days' }, { status: 400 }).details).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { formatMessage, messageParts } from '../../src/core/messages/formatMessage';

// A tag Intl refuses ("Incorrect locale information provided"): the kit must still say something.
const BROKEN_LOCALE = 'not a locale!';

describe('formatMessage picks the plural form from {count}', () => {
  it('says "1 request" for one and "2 requests" for more', () => {
    expect(formatMessage(en, 'en', 'rateLimit.limit', { count: 1 })).toBe('The limit is 1 request.');
    expect(formatMessage(en, 'en', 'rateLimit.limit', { count: 2 })).toBe('The limit is 2 requests.');
    expect(formatMessage(en, 'en', 'summary.more', { count: 1 })).toBe('And 1 more problem.');
    expect(formatMessage(en, 'en', 'summary.more', { count: 0 })).toBe('And 0 more problems.');
  });

  it("uses the locale's own plural rules (Arabic has a form for two)", () => {
    expect(formatMessage(ar, 'ar', 'rateLimit.limit', { count: 2 })).toBe('الحد الأقصى هو طلبان.');
    expect(formatMessage(ar, 'ar', 'rateLimit.limit', { count: 1 })).toBe('الحد الأقصى هو طلب واحد.');
  });

  it('says the "other" form when no count is given', () => {
    expect(formatMessage(en, 'en', 'rateLimit.limit')).toBe('The limit is {count} requests.');
    expect(formatMessage(en, 'en', 'rateLimit.limit', { count: 'many' })).toBe('The limit is many requests.');
    // Text that reads as a number is still text: it chooses no plural form.
    expect(formatMessage(en, 'en', 'rateLimit.limit', { count: '1' })).toBe('The limit is 1 requests.');
  });

  it('falls back to the "other" form when a catalogue lacks the form the count needs', () => {
    expect(formatMessage({ 'rateLimit.limit': { other: '{count} requests at most' } }, 'en', 'rateLimit.limit', { count: 1 })).toBe('1 requests at most');
  });

  it('still chooses the singular with English rules when the locale tag is invalid', () => {
    expect(formatMessage(en, BROKEN_LOCALE, 'rateLimit.limit', { count: 1 })).toBe('The limit is 1 request.');
    expect(formatMessage(en, BROKEN_LOCALE, 'rateLimit.limit', { count: 3 })).toBe('The limit is 3 requests.');
  });
});

describe('formatMessage fills {placeholders}', () => {
  it('puts each value in its place, keeping the text around them', () => {
    expect(formatMessage(en, 'en', 'conflict.stateNeeds', { state: 'archived', expected: 'active' })).toBe('It is archived; this needs it to be active.');
    expect(formatMessage(en, 'en', 'quota.usedForIn', { used: 'ten', limit: 'twenty', resource: 'projects', period: 'this month' })).toBe(
      'ten of twenty used for projects this month.',
    );
  });

  it('writes numbers the way the locale does', () => {
    expect(formatMessage(en, 'en', 'quota.used', { used: 1234, limit: 5000 })).toBe('1,234 of 5,000 used.');
    expect(formatMessage(de, 'de', 'rateLimit.limit', { count: 1234 })).toBe('Das Limit liegt bei 1.234 Anfragen.');
  });

  it('writes numbers in English when the locale tag is invalid', () => {
    expect(formatMessage(en, BROKEN_LOCALE, 'quota.used', { used: 1234, limit: 5000 })).toBe('1,234 of 5,000 used.');
  });

  it('leaves a text value as written, digits included', () => {
    expect(formatMessage(en, 'en', 'reference.label', { reference: '0012345' })).toBe('Reference: 0012345');
    expect(formatMessage(en, 'en', 'service.notResponding', { service: 'Billing' })).toBe('Billing is not responding');
  });

  it('shows a placeholder it has no value for as {name}, and an empty text as nothing', () => {
    expect(formatMessage(en, 'en', 'quota.used', { used: 3 })).toBe('3 of {limit} used.');
    expect(formatMessage(en, 'en', 'conflict.state', { state: '' })).toBe('It is .');
  });

  it('does not take values from the prototype of the values object', () => {
    expect(formatMessage({ 'conflict.state': 'It is {toString}.' }, 'en', 'conflict.state', {})).toBe('It is {toString}.');
  });

  it('leaves an unclosed brace as text', () => {
    expect(formatMessage({ 'conflict.state': 'It is {state} {and more' }, 'en', 'conflict.state', { state: 'done' })).toBe('It is done {and more');
  });

  it('falls back to the English words it is given, then to the key itself', () => {
    expect(formatMessage(undefined, 'en', 'wait.fewSeconds', {}, en)).toBe('a few seconds');
    expect(formatMessage({}, 'en', 'wait.overTwoMonths', {}, en)).toBe('more than 2 months');
    expect(formatMessage(undefined, 'en', 'summary.more', { count: 2 })).toBe('summary.more');
  });
});

describe('messageParts cuts a message at its placeholders', () => {
  it('gives the text and placeholder names in order', () => {
    expect(messageParts('Trying again in {wait}.')).toEqual(['Trying again in ', { name: 'wait' }, '.']);
    expect(messageParts('{field}: {message}')).toEqual([{ name: 'field' }, ': ', { name: 'message' }]);
    expect(messageParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('gives a message without placeholders as one text, and an empty one as nothing', () => {
    expect(messageParts('Not found')).toEqual(['Not found']);
    expect(messageParts('')).toEqual([]);
  });

  it('keeps an unclosed brace in the text', () => {
    expect(messageParts('in {wait} or {never')).toEqual(['in ', { name: 'wait' }, ' or {never']);
    expect(messageParts('{open')).toEqual(['{open']);
  });
});

import { describe, expect, it } from 'vitest';
import { LEAKS, ORDINARY } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS, HOLDOUT_ORDINARY } from '../../fixtures/leakHoldout';
import { findLeak, MAX_SCREENED_CHARS } from '../../src/core/screen/findLeak';
import { isShowableSentence, screenText } from '../../src/core/screen/isShowableSentence';

describe('the screen', () => {
  it.each([...LEAKS, ...HOLDOUT_LEAKS].map((leak) => [leak.kind, leak.text] as const))('recognises a %s leak: %j', (_, text) => {
    expect(findLeak(text)).toBeDefined();
    expect(isShowableSentence(text)).toBe(false);
    expect(screenText(text, 5000)).toBeUndefined();
  });

  it.each([...ORDINARY, ...HOLDOUT_ORDINARY].map((sentence) => [sentence.kind, sentence.text] as const))('lets an ordinary %s sentence through: %j', (_, text) => {
    expect(findLeak(text)).toBeUndefined();
    expect(isShowableSentence(text)).toBe(true);
    expect(screenText(text, 300)).toBe(text);
  });

  it('keeps text exactly at its bound, and never shows nothing or a sentence four times too long', () => {
    expect(screenText('Too short', 9)).toBe('Too short');
    expect(isShowableSentence(undefined)).toBe(false);
    expect(isShowableSentence('')).toBe(false);
    expect(isShowableSentence(`${'Please try again later. '.repeat(200)}`)).toBe(false);
  });

  it('refuses text too long to show whole without reading it', () => {
    expect(findLeak('a '.repeat(MAX_SCREENED_CHARS))).toBe('oversized');
    expect(screenText('Enter a valid email address.', 10)).toBeUndefined();
  });

  it('keeps a server’s own host names in details, where only allow-lists render them', () => {
    expect(findLeak('https://plex.local:32400')).toBe('host');
    expect(findLeak('https://plex.local:32400', true)).toBeUndefined();
    expect(screenText('https://plex.local:32400', 1000, true)).toBe('https://plex.local:32400');
  });
});

import { describe, expect, it } from 'vitest';
import { LEAKS, ORDINARY } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS, HOLDOUT_ORDINARY } from '../../fixtures/leakHoldout';
import { PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY } from '../../fixtures/proseHoldout';
import { foldText } from '../../src/core/screen/foldText';
import { isPlainSentence, MAX_SENTENCE_CHARS, plainSentence } from '../../src/core/screen/isPlainSentence';
import { findSecret } from '../../src/redact/redactSecrets';

// Three sets: the corpus the screen was built on, the holdout written blind for the deny-list,
// and a second holdout written blind for the positive test (new kinds of secrets and debug
// output, and evasions with invisible and look-alike characters).
const SETS = [
  ['corpus', LEAKS, ORDINARY],
  ['holdout', HOLDOUT_LEAKS, HOLDOUT_ORDINARY],
  ['prose holdout', PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY],
] as const;

describe('the positive sentence test', () => {
  describe.each(SETS)('on the %s', (_, leaks, ordinary) => {
    it.each(leaks.map((leak) => [leak.kind, leak.text] as const))('never shows a %s: %j', (_kind, text) => {
      expect(plainSentence(text)).toBeUndefined();
    });

    it('shows at least 95 % of ordinary sentences', () => {
      const shown = ordinary.filter(({ text }) => isPlainSentence(text)).length;
      expect(shown / ordinary.length).toBeGreaterThanOrEqual(0.95);
    });
  });

  it('judges a sentence by its folded form: an invisible or look-alike character cannot hide a keyword', () => {
    expect(plainSentence('password\u200B=hunter2')).toBeUndefined();
    expect(plainSentence('SELECT\u00A0*\u00A0FROM users')).toBeUndefined();
    expect(plainSentence('ｐａｓｓｗｏｒｄ＝ｈｕｎｔｅｒ２')).toBeUndefined();
    expect(plainSentence('Connect to p\u0430ssword store failed')).toBeUndefined();
    // What is shown is the folded sentence: no invisible character reaches the page.
    expect(plainSentence('Your\u200B session\u00A0has expired.')).toBe('Your session has expired.');
    expect(foldText('ｅｍａｉｌ\u00AD')).toBe('email');
  });

  it('shows ordinary prose in other scripts, and the words a naive screen would flag', () => {
    for (const text of ['Select one from the left menu.', 'Your session has expired. Sign in again.', 'Password must be at least 12 characters.', 'Drop files here or choose a file.', 'Die E-Mail-Adresse ist ungültig.', 'メールアドレスが無効です。', 'البريد الإلكتروني غير صالح.', 'Short code \'mylink\' is already taken', 'ada@example.com is already registered', 'Used 950 MB of 1,000 MB.']) {
      expect(plainSentence(text)).toBe(text);
    }
  });

  it('refuses nothing, one letter, a bare token, several lines and a sentence too long to show whole', () => {
    expect(plainSentence(undefined)).toBeUndefined();
    expect(plainSentence('')).toBeUndefined();
    expect(plainSentence('pending_verification')).toBeUndefined();
    expect(plainSentence('Line one.\nLine two.')).toBeUndefined();
    expect(plainSentence(`${'Please try again later. '.repeat(20)}`)).toBeUndefined();
    expect(plainSentence('a '.repeat(MAX_SENTENCE_CHARS))).toBeUndefined();
    // A field's message may be one word.
    expect(plainSentence('Required', 1)).toBe('Required');
  });
});

describe('the deny-list, kept for redacting logs (api-error-kit/redact)', () => {
  it.each([...LEAKS, ...HOLDOUT_LEAKS].map((leak) => [leak.kind, leak.text] as const))('still finds a %s in what an app logs: %j', (_, text) => {
    expect(findSecret(text)).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import ar from '../src/locales/ar';
import de from '../src/locales/de';
import en, { type Catalogue, type Message, type MessageKey } from '../src/locales/en';
import es from '../src/locales/es';
import fr from '../src/locales/fr';
import ja from '../src/locales/ja';
import { formatMessage } from '../src/core/messages/formatMessage';

const LOCALES: Array<[string, Catalogue]> = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ja', ja],
  ['ar', ar],
];

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
const forms = (message: Message) => (typeof message === 'string' ? { other: message } : message);

describe.each(LOCALES)('the %s catalogue', (tag, catalogue) => {
  it('has every key of the English one, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of each English message', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const english = placeholders(forms(en[key]).other);
      const other = placeholders(forms(catalogue[key]).other);
      // A plural's count may be said in words ("two requests") in the forms that name it.
      english.delete('count');
      other.delete('count');
      expect([...other].sort(), `${tag} ${key}`).toEqual([...english].sort());
    }
  });

  it("has the plural forms its language's rules choose", () => {
    const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.filter((form) => form !== 'many' || tag === 'ar' || tag === 'fr');
    for (const key of Object.keys(en) as MessageKey[]) {
      const message = catalogue[key];
      if (typeof message === 'string') continue;
      for (const form of needed) expect(message[form] ?? (form === 'other' ? message.other : undefined), `${tag} ${key} ${form}`).toBeDefined();
    }
  });

  it('formats every message without a placeholder left over', () => {
    const values = { count: 3, wait: 'W', service: 'S', role: 'R', permission: 'P', field: 'F', value: 'V', state: 'T', expected: 'E', feature: 'X', plan: 'L', used: 'U', limit: 'M', resource: 'Q', period: 'D', window: 'N', ago: 'A', duration: 'I', code: 'C', target: 'G', time: 'H', relative: 'J', reference: 'K', message: 'Z' };
    for (const key of Object.keys(en) as MessageKey[]) expect(formatMessage(catalogue, tag, key, values), `${tag} ${key}`).not.toMatch(/\{\w+\}/);
  });
});

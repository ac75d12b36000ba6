import { describe, expect, it } from 'vitest';
import { codeOf, codesByCategory, exampleForCode } from '../../fixtures/codeExamples';
import { fullKit } from '../helpers/kits';

describe('one real response per code of the whole kit (the standard codes and every preset’s)', () => {
  it.each(Object.keys(fullKit.registry.codes))('%s', (code) => {
    expect(codeOf(exampleForCode(code))).toBe(code);
  });

  it('groups every code under its category', () => {
    expect([...codesByCategory().values()].flat().sort()).toEqual(Object.keys(fullKit.registry.codes).sort());
  });
});

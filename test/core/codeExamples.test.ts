import { describe, expect, it } from 'vitest';
import { codesByCategory, exampleForCode } from '../../fixtures/codeExamples';
import { fullKit } from '../helpers/kits';

describe('one real response per code of the whole kit (the standard codes and every preset’s)', () => {
  it.each(Object.keys(fullKit.registry.codes))('%s', (code) => {
    const example = exampleForCode(code);
    const error = fullKit.normalize(example.thrown ? example.thrown() : example.body, { status: example.status, headers: example.headers });
    expect(error.code).toBe(code);
  });

  it('groups every code under its category', () => {
    expect([...codesByCategory().values()].flat().sort()).toEqual(Object.keys(fullKit.registry.codes).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { codesByCategory, exampleForCode } from '../../fixtures/codeExamples';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { DEFAULT_CODES, type DefaultCode } from '../../src/core/registry/defaultCodes';

describe('one real response per registry code', () => {
  it.each(Object.keys(DEFAULT_CODES) as DefaultCode[])('%s', (code) => {
    const example = exampleForCode(code);
    const error = normalizeError(example.thrown ? example.thrown() : example.body, { status: example.status, headers: example.headers });
    expect(error.code).toBe(code);
  });

  it('groups every code under its category', () => {
    expect([...codesByCategory().values()].flat().sort()).toEqual(Object.keys(DEFAULT_CODES).sort());
  });
});

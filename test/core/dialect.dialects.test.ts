import { describe, expect, it } from 'vitest';
import { DIALECTS, normalizeError, type DialectName } from '../../src/core';
import { isDialectName } from '../../src/core/dialects/dialects';

describe('DIALECTS: the dialect names', () => {
  it.each(Object.keys(DIALECTS))('knows %s', (name) => {
    expect(isDialectName(name)).toBe(true);
  });

  it.each([
    ['an inherited name', 'constructor'],
    ['__proto__', '__proto__'],
    ['an unknown name', 'soap'],
    ['a number', 0],
    ['undefined', undefined],
    ['an object that prints as a dialect name', { toString: () => 'graphql' }],
    ['a list holding a dialect name', ['json']],
  ])('does not take %s for a dialect name', (_, name) => {
    expect(isDialectName(name)).toBe(false);
  });

  it('ignores a preferred dialect that only prints as a name', () => {
    // A problem document whose errors could pass for GraphQL's: detection reads it as problem+json.
    const body = { type: 'https://example.com/probs/invalid', title: 'Invalid order', status: 400, errors: [{ message: 'Quantity must be positive' }] };
    const preferred = { toString: () => 'graphql' } as unknown as DialectName;
    expect(normalizeError(body, { dialect: preferred }).dialect).toBe('problem+json');
    expect(normalizeError(body, { dialect: 'graphql' }).dialect).toBe('graphql');
  });
});

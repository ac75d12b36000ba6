import { describe, expect, it } from 'vitest';
import { redactDetails } from '../../src/core/normalize/redact';

/** `{v: 'x', a: {v: 'x', a: …}}`, `levels` objects deep. */
function chain(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { v: 'x' };
  for (let level = 1; level < levels; level += 1) node = { v: 'x', a: node };
  return node;
}

/** How many objects deep a copy goes along `a`. */
function depthOf(value: unknown): number {
  let depth = 0;
  let node = value as Record<string, unknown> | undefined;
  while (node && typeof node === 'object') {
    depth += 1;
    node = node.a as Record<string, unknown> | undefined;
  }
  return depth;
}

describe('redactDetails: a bounded, safe copy of a dialect’s extra context', () => {
  it('keeps text, finite numbers, flags and nulls, and drops what cannot be shown', () => {
    expect(redactDetails({ plan: 'pro', limit: 100, active: false, upgradeUrl: null, ratio: Infinity, count: Number.NaN, hook: () => 1 })).toEqual({
      plan: 'pro',
      limit: 100,
      active: false,
      upgradeUrl: null,
    });
    expect(Object.keys(redactDetails({ plan: 'pro', ratio: Infinity }))).toEqual(['plan']);
  });

  it('gives a plain copy whose values an app may change', () => {
    const copy = redactDetails({ plan: 'pro' });
    copy.plan = 'team';
    expect(copy).toEqual({ plan: 'team' });
    expect(Object.getOwnPropertyDescriptor(copy, 'plan')).toMatchObject({ enumerable: true, writable: true, configurable: true });
  });

  it('keeps the top object and six levels of objects below it', () => {
    expect(depthOf(redactDetails(chain(12)))).toBe(7);
    expect(depthOf(redactDetails(chain(7)))).toBe(7);
  });

  it('keeps the lists six levels below the top object and drops what cannot be shown from a list', () => {
    let nested: unknown = ['leaf'];
    for (let level = 0; level < 10; level += 1) nested = [nested];
    let copy = redactDetails({ nested }).nested;
    let depth = 0;
    while (Array.isArray(copy)) {
      depth += 1;
      copy = copy[0];
    }
    expect(depth).toBe(6);
    expect(redactDetails({ values: [1, Infinity, 'x', undefined] })).toEqual({ values: [1, 'x'] });
  });

  it('keeps at most 50 items of a list and 50 keys of an object', () => {
    expect((redactDetails({ list: Array.from({ length: 60 }, (_, index) => index) }).list as unknown[]).length).toBe(50);
    expect(Object.keys(redactDetails(Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`k${index}`, index]))))).toHaveLength(50);
  });

  it('stops at 300 values in all', () => {
    const wide = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`list${index}`, Array.from({ length: 50 }, (__, item) => item)]));
    const copy = redactDetails(wide);
    // The top object is one value; each list is one more, and each of its items one more.
    expect(Object.keys(copy)).toHaveLength(6);
    expect(Object.values(copy).flat()).toHaveLength(5 * 50 + 43);
  });
});

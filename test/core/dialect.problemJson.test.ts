import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { problemJson } from '../../src/dialects';

const PROBLEM = 'application/problem+json';

describe('problemJson: what it reads from a problem document', () => {
  it('reads a typed problem with a title and nothing else', () => {
    const body = { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', balance: 30 };
    expect(problemJson(body, '')).toEqual({
      dialect: 'problem+json',
      code: 'OUT_OF_CREDIT',
      message: 'You do not have enough credit.',
      fieldErrors: [],
      details: { type: 'https://example.com/probs/out-of-credit', balance: 30 },
    });
  });

  it('prefers a code member to the type slug, and the detail to the title', () => {
    const body = { type: 'https://example.com/probs/out-of-credit', title: 'Not enough credit', detail: 'Your balance is 30, but that costs 50.', status: 403, code: 'CREDIT_LOW' };
    expect(problemJson(body, PROBLEM)).toMatchObject({ code: 'CREDIT_LOW', status: 403, message: 'Your balance is 30, but that costs 50.' });
  });

  it('recognises a problem by its type URI and title alone, sent as plain JSON', () => {
    expect(problemJson({ type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.' }, 'application/json')).toMatchObject({ dialect: 'problem+json' });
    expect(problemJson({ type: 'out-of-credit', title: 'You do not have enough credit.' }, 'application/json')).toBeUndefined();
  });

  it('recognises a title with a detail but no type or status', () => {
    expect(problemJson({ title: 'Not Found', detail: 'No order 42 exists.' }, '')).toMatchObject({ dialect: 'problem+json', message: 'No order 42 exists.' });
  });

  it('recognises a title with a status but no type', () => {
    expect(problemJson({ title: 'Conflict', status: 409 }, '')).toMatchObject({ dialect: 'problem+json', status: 409, message: 'Conflict' });
  });

  it.each([
    ['a lone title', { title: 'Welcome back' }],
    ['a type URI without a title', { type: 'https://example.com/probs/out-of-credit', balance: 30 }],
    ['a type URI with a non-text title', { type: 'https://example.com/probs/out-of-credit', title: 42 }],
    ['a title with a non-text detail', { title: 'Oops', detail: { reason: 'x' } }],
    ['a title with a status out of range', { title: 'Oops', status: 42 }],
  ])('does not read %s without its content type', (_, body) => {
    expect(problemJson(body, '')).toBeUndefined();
  });

  it('reads anything that is an object when the content type says problem+json, and nothing else', () => {
    expect(problemJson({ status: 503 }, PROBLEM)).toMatchObject({ dialect: 'problem+json', status: 503 });
    expect(problemJson('Service Unavailable', PROBLEM)).toBeUndefined();
    expect(problemJson([{ title: 'Oops', status: 500 }], PROBLEM)).toBeUndefined();
    expect(problemJson(null, PROBLEM)).toBeUndefined();
  });
});

describe('problemJson through normalizeError', () => {
  it('reads a title-and-detail body as problem+json', () => {
    const error = normalizeError({ title: 'Order locked', detail: 'Order 42 is being shipped and cannot change.' }, { status: 409 });
    expect(error).toMatchObject({ dialect: 'problem+json', code: 'CONFLICT', category: 'conflict', message: 'Order 42 is being shipped and cannot change.' });
  });
});

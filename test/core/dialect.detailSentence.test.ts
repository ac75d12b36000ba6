import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { detailSentence } from '../../src/dialects';

const read = (body: unknown) => detailSentence(body, 'application/json');

describe('detailSentence: what it reads from {detail}', () => {
  it('reads the sentence, trimmed, with no code of its own', () => {
    expect(read({ detail: '  Artwork not found  ' })).toEqual({ dialect: 'detail', message: 'Artwork not found' });
  });

  it("upper-cases DRF's lower-case code", () => {
    expect(read({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' })).toEqual({
      dialect: 'detail',
      code: 'NOT_AUTHENTICATED',
      message: 'Authentication credentials were not provided.',
    });
  });

  it.each([
    ['a detail list', { detail: [{ loc: ['body'], msg: 'Field required' }] }],
    ['a detail object', { detail: { reason: 'gone' } }],
    ['no detail', { message: 'Not found' }],
    ['a string body', 'Not found'],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('detailSentence through normalizeError', () => {
  it("turns DRF's code into the error's code", () => {
    const error = normalizeError({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' }, { status: 403 });
    expect(error).toMatchObject({ dialect: 'detail', code: 'PERMISSION_DENIED', category: 'forbidden', status: 403 });
  });

  it('leaves the code to the status when the body has none', () => {
    const error = normalizeError({ detail: 'Artwork not found' }, { status: 404 });
    expect(error).toMatchObject({ dialect: 'detail', code: 'NOT_FOUND', category: 'not-found', message: 'Artwork not found' });
  });
});

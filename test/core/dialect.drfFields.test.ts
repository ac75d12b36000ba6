import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { drfFields } from '../../src/dialects';

const read = (body: unknown) => drfFields(body, 'application/json');

describe('drfFields: what it reads from a ValidationError body', () => {
  it('reads every field, nested serializers and non_field_errors exactly', () => {
    const body = {
      email: ['Enter a valid email address.'],
      address: { city: ['This field is required.'] },
      non_field_errors: ['The fields start and end must make a unique set.'],
    };
    expect(read(body)).toEqual({
      dialect: 'drf',
      code: 'VALIDATION_ERROR',
      fieldErrors: [
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'address.city', message: 'This field is required.' },
        { field: '', message: 'The fields start and end must make a unique set.' },
      ],
    });
  });

  it('reads the errors of list items, skipping the items that were valid', () => {
    const body = { items: [{}, { quantity: ['Ensure this value is greater than or equal to 1.'] }] };
    expect(read(body)?.fieldErrors).toEqual([{ field: 'items.1.quantity', message: 'Ensure this value is greater than or equal to 1.' }]);
  });

  it('reads nothing when no member holds a message', () => {
    expect(read({ items: [{}, {}] })).toBeUndefined();
    expect(read({ email: ['   '] })).toBeUndefined();
  });

  it.each([
    ['an empty object', {}],
    ['a single sentence', { detail: 'Not found.' }],
    ['a message beside a field', { message: 'Invalid input.', email: ['Enter a valid email address.'] }],
    ['a list of bare words', { tags: ['red', 'blue'] }],
    ['sentences mixed with a bare word', { email: ['Enter a valid email address.', 'invalid'] }],
    ['a list of numbers', { ids: [1, 2, 3] }],
    ['an empty list beside a message', { email: [], name: ['This field is required.'] }],
    ['a number beside a message', { page: 2, name: ['This field is required.'] }],
    ['a list of lists beside a message', { email: [['Enter a valid email.']], name: ['This field is required.'] }],
    ['only nested objects', { address: { city: 'Paris' } }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });

  it('does not read strings, lists or null', () => {
    expect(read('This field is required.')).toBeUndefined();
    expect(read([['This field is required.']])).toBeUndefined();
    expect(read(null)).toBeUndefined();
  });

  it('decides from its first hundred members', () => {
    const body: Record<string, unknown> = {};
    for (let index = 0; index < 100; index++) body[`answer_${index}`] = ['This field is required.'];
    body['page'] = 3;
    expect(read(body)?.fieldErrors).toHaveLength(100);
  });
});

describe('drfFields through normalizeError', () => {
  it('makes a validation error of a field map', () => {
    const error = normalizeError({ username: ['A user with that username already exists.'] }, { status: 400 });
    expect(error).toMatchObject({ dialect: 'drf', code: 'VALIDATION_ERROR', category: 'validation', status: 400 });
    expect(error.fieldErrors).toEqual([{ field: 'username', message: 'A user with that username already exists.' }]);
  });

  it('leaves a list of bare words to the generic reader', () => {
    const error = normalizeError({ tags: ['red', 'blue'] }, { status: 400 });
    expect(error).toMatchObject({ dialect: 'json', code: 'BAD_REQUEST', fieldErrors: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { laravel } from '../../src/dialects';

const read = (body: unknown) => laravel(body, 'application/json');

describe('laravel: what it reads from a ValidationException body', () => {
  it('reads the message and every field, dotted paths included', () => {
    const body = {
      message: 'The name field is required. (and 1 more error)',
      errors: { 'items.0.name': ['The items.0.name field is required.'], email: ['The email has already been taken.'] },
    };
    expect(read(body)).toEqual({
      dialect: 'laravel',
      code: 'VALIDATION_ERROR',
      message: 'The name field is required. (and 1 more error)',
      fieldErrors: [
        { field: 'items.0.name', message: 'The items.0.name field is required.' },
        { field: 'email', message: 'The email has already been taken.' },
      ],
    });
  });

  it.each([
    ['an errors map without a message', { errors: { email: ['The email field is required.'] } }],
    ['an errors map beside a non-text message', { message: 422, errors: { email: ['The email field is required.'] } }],
    ['an errors list', { message: 'The given data was invalid.', errors: ['The email field is required.'] }],
    ['an errors map with no messages', { message: 'The given data was invalid.', errors: { email: [] } }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('laravel through normalizeError', () => {
  it('makes a validation error', () => {
    const error = normalizeError({ message: 'The given data was invalid.', errors: { password: ['The password must be at least 8 characters.'] } }, { status: 422 });
    expect(error).toMatchObject({ dialect: 'laravel', code: 'VALIDATION_ERROR', category: 'validation', status: 422 });
    expect(error.fieldErrors).toEqual([{ field: 'password', message: 'The password must be at least 8 characters.' }]);
  });
});

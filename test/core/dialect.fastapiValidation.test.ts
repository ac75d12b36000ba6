import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { fastapiValidation } from '../../src/dialects';

const read = (body: unknown) => fastapiValidation(body, 'application/json');

describe('fastapiValidation: what it reads from a 422 detail list', () => {
  it('reads one error as the field error and the message', () => {
    const body = { detail: [{ type: 'missing', loc: ['body', 'email'], msg: 'Field required', input: {} }] };
    expect(read(body)).toEqual({
      dialect: 'fastapi',
      code: 'VALIDATION_ERROR',
      message: 'Field required',
      fieldErrors: [{ field: 'email', message: 'Field required', type: 'missing' }],
    });
  });

  it('has no single message when several fields failed', () => {
    const body = {
      detail: [
        { type: 'string_too_short', loc: ['body', 'password'], msg: 'String should have at least 8 characters', input: 'abc', ctx: { min_length: 8 } },
        { type: 'int_parsing', loc: ['query', 'page'], msg: 'Input should be a valid integer', input: 'two' },
      ],
    };
    expect(read(body)).toEqual({
      dialect: 'fastapi',
      code: 'VALIDATION_ERROR',
      fieldErrors: [
        { field: 'password', message: 'String should have at least 8 characters', value: 'abc', type: 'string_too_short' },
        { field: 'page', message: 'Input should be a valid integer', value: 'two', type: 'int_parsing' },
      ],
    });
  });

  it('has no message when no entry could be read as a field error', () => {
    expect(read({ detail: [{ loc: ['body'], msg: '' }] })).toEqual({ dialect: 'fastapi', code: 'VALIDATION_ERROR', fieldErrors: [] });
  });

  it.each([
    ['a detail sentence', { detail: 'Not authenticated' }],
    ['a list of sentences', { detail: ['Not authenticated'] }],
    ['entries without msg', { detail: [{ type: 'missing', loc: ['body', 'email'], message: 'Field required' }] }],
    ['an empty list', { detail: [] }],
    ['no detail', { message: 'Field required' }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('fastapiValidation through normalizeError', () => {
  it('makes a validation error whose message is the one field error', () => {
    const body = { detail: [{ type: 'value_error', loc: ['body', 'url'], msg: 'Value error, URL must start with http or https', input: 'ftp://x' }] };
    const error = normalizeError(body, { status: 422 });
    expect(error).toMatchObject({ dialect: 'fastapi', code: 'VALIDATION_ERROR', category: 'validation', status: 422 });
    expect(error.message).toBe('Value error, URL must start with http or https');
    expect(error.fieldErrors).toEqual([{ field: 'url', message: 'Value error, URL must start with http or https', value: 'ftp://x', type: 'value_error' }]);
  });
});

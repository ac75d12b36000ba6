import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { graphql } from '../../src/dialects';

const read = (body: unknown) => graphql(body, 'application/json');

describe('graphql: what it reads from an errors list', () => {
  it('reads an Apollo error exactly: code, message, path and the other extensions', () => {
    const body = {
      data: { createUser: null },
      errors: [
        {
          message: 'Email is already registered',
          locations: [{ line: 2, column: 3 }],
          path: ['createUser', 'email'],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.email', requestId: 'req-42', retryAfter: 2 },
        },
      ],
    };
    expect(read(body)).toEqual({
      dialect: 'graphql',
      code: 'BAD_USER_INPUT',
      message: 'Email is already registered',
      fieldErrors: [{ field: 'input.email', message: 'Email is already registered' }],
      details: { field: 'input.email', requestId: 'req-42', retryAfter: 2, path: 'createUser.email' },
      retryAfterMs: 2000,
      correlationId: 'req-42',
    });
  });

  it('takes the first error that carries a code, not merely the first error', () => {
    const body = {
      errors: [
        { message: 'Could not load avatar' },
        { message: 'You must be signed in to see orders', path: ['viewer', 'orders'], extensions: { code: 'UNAUTHENTICATED' } },
      ],
    };
    expect(read(body)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'You must be signed in to see orders', details: { path: 'viewer.orders' } });
  });

  it('reads the code from `type` as GitHub sends it', () => {
    const body = {
      errors: [
        { message: 'Something went sideways' },
        { type: 'NOT_FOUND', path: ['repository'], locations: [{ line: 7, column: 3 }], message: "Could not resolve to a Repository with the name 'octo/nope'." },
      ],
    };
    expect(read(body)).toMatchObject({ code: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'octo/nope'." });
  });

  it('prefers extensions.code to type on the same error', () => {
    expect(read({ errors: [{ message: 'No', type: 'FORBIDDEN', extensions: { code: 'INSUFFICIENT_SCOPES' } }] })?.code).toBe('INSUFFICIENT_SCOPES');
  });

  it('reads the first error when none has a code', () => {
    expect(read({ errors: [{ message: 'First problem' }, { message: 'Second problem' }] })).toEqual({
      dialect: 'graphql',
      message: 'First problem',
      fieldErrors: [],
      details: {},
    });
  });

  it.each([
    [{ http: { status: 403 } }, 403],
    [{ status: 429 }, 429],
    [{ http: { status: 401 }, status: 500 }, 401],
    [{ http: { status: 'teapot' }, status: '503' }, 503],
    [{ http: {} }, undefined],
  ])('reads the status from extensions %j', (extensions, status) => {
    expect(read({ errors: [{ message: 'Failed', extensions: { code: 'SOME_CODE', ...extensions } }] })?.status).toBe(status);
  });

  it('makes field errors of errors that name a field or an argument, and only of those', () => {
    const body = {
      errors: [
        { message: 'Must be a valid email', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Must be positive', extensions: { code: 'BAD_USER_INPUT', argumentName: 'quantity' } },
        { message: 'Rate limit reached', extensions: { code: 'RATE_LIMITED' } },
        { message: '   ', extensions: { field: 'name' } },
      ],
    };
    expect(read(body)?.fieldErrors).toEqual([
      { field: 'email', message: 'Must be a valid email' },
      { field: 'quantity', message: 'Must be positive' },
    ]);
  });

  it('keeps only the first twenty segments of a path', () => {
    const path = Array.from({ length: 25 }, (_, index) => (index % 2 === 0 ? 'children' : index));
    const details = read({ errors: [{ message: 'Too deep', path }] })?.details;
    expect(details).toEqual({ path: path.slice(0, 20).join('.') });
  });

  it.each([
    ['no errors member', { data: { viewer: null } }],
    ['errors without a message', { errors: [{ extensions: { code: 'INTERNAL' } }] }],
    ['messages that are not text', { errors: [{ message: { text: 'nope' } }] }],
    ['an empty errors list', { errors: [] }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('graphql through normalizeError', () => {
  it('reads a failed query inside a 200 response', () => {
    const error = normalizeError({ data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN', http: { status: 403 } } }] }, { status: 200 });
    expect(error).toMatchObject({ dialect: 'graphql', code: 'FORBIDDEN', status: 403, category: 'forbidden', message: 'Not allowed' });
  });

  it('makes a validation error with the argument as field', () => {
    const body = { errors: [{ message: 'Quantity must be at least 1', extensions: { code: 'BAD_USER_INPUT', argumentName: 'quantity' } }] };
    const error = normalizeError(body, { status: 400 });
    expect(error).toMatchObject({ dialect: 'graphql', code: 'BAD_USER_INPUT', category: 'validation' });
    expect(error.fieldErrors).toEqual([{ field: 'quantity', message: 'Quantity must be at least 1' }]);
  });
});

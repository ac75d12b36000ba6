import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { jsonApi } from '../../src/dialects';

const JSON_API = 'application/vnd.api+json';

describe('jsonApi: what it reads from an error document', () => {
  it('reads the first error for code, status, message and details, and pointer errors as fields', () => {
    const body = {
      jsonapi: { version: '1.1' },
      errors: [
        {
          id: 'err-7f3a',
          status: '422',
          code: 'TOO_SHORT',
          title: 'Invalid Attribute',
          detail: 'First name must contain at least two characters.',
          source: { pointer: '/data/attributes/firstName' },
          meta: { minimum: 2 },
        },
        { status: '422', title: 'Invalid Attribute', detail: 'Volume does not, in fact, go to 11.', source: { pointer: '/data/attributes/volume' } },
        { status: '403', title: 'Forbidden', detail: 'Only editors may publish.' },
        { status: '400', title: 'Bad header', detail: 'Accept must name JSON:API.', source: { header: 'Accept' } },
      ],
    };
    expect(jsonApi(body, JSON_API)).toEqual({
      dialect: 'json:api',
      code: 'TOO_SHORT',
      status: 422,
      message: 'First name must contain at least two characters.',
      fieldErrors: [
        { field: 'firstName', message: 'First name must contain at least two characters.', type: 'TOO_SHORT' },
        { field: 'volume', message: 'Volume does not, in fact, go to 11.' },
      ],
      details: { minimum: 2, id: 'err-7f3a' },
    });
  });

  it('takes the code of the first error that has one', () => {
    const body = {
      errors: [
        { status: '409', title: 'Conflict', detail: 'The article was changed by someone else.' },
        { status: '409', code: 'STALE_VERSION', title: 'Stale version' },
      ],
    };
    expect(jsonApi(body, '')).toMatchObject({ code: 'STALE_VERSION', status: 409, message: 'The article was changed by someone else.' });
  });

  it('falls back to the title when the first error has no detail', () => {
    expect(jsonApi({ errors: [{ status: '404', title: 'Article not found' }] }, '')?.message).toBe('Article not found');
  });

  it('reads a query parameter source as a field', () => {
    const body = { errors: [{ source: { parameter: 'include' }, title: 'Invalid Query Parameter', detail: 'The resource does not have an `auther` relationship path.' }] };
    expect(jsonApi(body, JSON_API)?.fieldErrors).toEqual([{ field: 'include', message: 'The resource does not have an `auther` relationship path.' }]);
  });

  it('reads a wait and a support reference from the error meta', () => {
    const body = { errors: [{ status: '429', code: 'RATE_LIMITED', title: 'Too many requests', meta: { retryAfter: 30, requestId: 'req-91c' } }] };
    expect(jsonApi(body, JSON_API)).toMatchObject({ retryAfterMs: 30_000, correlationId: 'req-91c', details: { retryAfter: 30, requestId: 'req-91c' } });
  });

  it('takes the support reference from the document meta when the error has none', () => {
    const body = { errors: [{ status: '500', title: 'Internal error' }], meta: { requestId: 'doc-req-5' } };
    expect(jsonApi(body, JSON_API)).toMatchObject({ correlationId: 'doc-req-5', retryAfterMs: undefined });
  });

  it.each([
    ['a status', { status: '404' }],
    ['a code', { code: 'ARTICLE_GONE' }],
    ['a title', { title: 'Gone' }],
    ['a detail', { detail: 'The article was deleted.' }],
    ['a source', { source: { pointer: '/data/attributes/title' }, id: 'e1' }],
    ['every member', { status: '422', code: 'BLANK', title: 'Invalid', detail: 'Title is blank.', source: { pointer: '/data/attributes/title' } }],
  ])('recognises an error object with %s and no content type', (_, error) => {
    expect(jsonApi({ errors: [error] }, '')?.dialect).toBe('json:api');
  });

  it.each([
    ['GraphQL errors, which carry a message', { errors: [{ message: 'Cannot query field "nme".', status: '400', code: 'GRAPHQL_VALIDATION_FAILED' }] }],
    ['express-validator errors', { errors: [{ type: 'field', msg: 'Invalid value', path: 'email', location: 'body' }] }],
    ['an empty errors list', { errors: [] }],
    ['a list of sentences', { errors: ['Title is blank'] }],
    ['an errors map', { errors: { title: ['is blank'] } }],
    ['no errors at all', { message: 'Not found' }],
  ])('does not read %s without its content type', (_, body) => {
    expect(jsonApi(body, '')).toBeUndefined();
  });

  it('reads any error list when the content type says JSON:API', () => {
    const body = { errors: [{ id: 'b3f1', meta: { reason: 'maintenance' } }] };
    expect(jsonApi(body, 'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"')).toEqual({
      dialect: 'json:api',
      fieldErrors: [],
      details: { reason: 'maintenance', id: 'b3f1' },
    });
  });

  it('does not read an empty error list even with its content type', () => {
    expect(jsonApi({ errors: [] }, JSON_API)).toBeUndefined();
    expect(jsonApi({ data: null }, JSON_API)).toBeUndefined();
  });
});

describe('jsonApi through normalizeError', () => {
  it('is detected by shape and keeps the first error as the whole', () => {
    const error = normalizeError({ errors: [{ status: '404', title: 'Not Found', detail: 'No article with id 7.' }] });
    expect(error).toMatchObject({ dialect: 'json:api', code: 'NOT_FOUND', status: 404, category: 'not-found', message: 'No article with id 7.' });
  });

  it('turns pointer errors into a validation error with field paths', () => {
    const body = { errors: [{ status: '422', code: 'blank', source: { pointer: '/data/attributes/address/city' }, detail: 'City must not be blank.' }] };
    const error = normalizeError(body, { status: 422, headers: { 'Content-Type': JSON_API } });
    expect(error).toMatchObject({ dialect: 'json:api', code: 'blank', status: 422 });
    expect(error.fieldErrors).toEqual([{ field: 'address.city', message: 'City must not be blank.', type: 'blank' }]);
  });

  it('reads an error list of bare ids as JSON:API only when the content type says so', () => {
    const body = { errors: [{ id: 'e-77' }] };
    expect(normalizeError(body, { status: 500, headers: { 'Content-Type': JSON_API } }).dialect).toBe('json:api');
    expect(normalizeError(body, { status: 500 }).dialect).not.toBe('json:api');
  });
});

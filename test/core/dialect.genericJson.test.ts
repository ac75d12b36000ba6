import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src/core';
import { genericJson } from '../../src/dialects';

/** What the generic reader makes of a body sent without a content type. */
const read = (body: unknown) => genericJson(body, '');

describe('genericJson: what it reads from any JSON object', () => {
  it('reads an Express / Spring Boot error exactly', () => {
    const body = { timestamp: '2025-01-15T12:00:00.000+00:00', status: 404, error: 'Not Found', message: 'No order 42', path: '/orders/42' };
    expect(read(body)).toEqual({ dialect: 'json', status: 404, message: 'No order 42', fieldErrors: [] });
  });

  it('prefers a nested error object to the members beside it', () => {
    const body = {
      code: 'OUTER_CODE',
      message: 'Outer sentence',
      status: 400,
      details: { outer: true },
      error: { code: 'CARD_DECLINED', message: 'Your card was declined.', status: 402, details: { decline_code: 'insufficient_funds' } },
    };
    expect(read(body)).toEqual({
      dialect: 'json',
      code: 'CARD_DECLINED',
      status: 400,
      message: 'Your card was declined.',
      fieldErrors: [],
      details: { decline_code: 'insufficient_funds' },
    });
  });

  it('takes the code from a nested error type when it has no code (Stripe, OpenAI)', () => {
    const body = { error: { type: 'invalid_request_error', message: 'You must provide a model parameter.' } };
    expect(read(body)).toMatchObject({ code: 'invalid_request_error', message: 'You must provide a model parameter.' });
  });

  it.each([
    [{ code: 'ORDER_LOCKED' }, 'ORDER_LOCKED'],
    [{ error_code: 'ORDER_LOCKED' }, 'ORDER_LOCKED'],
    [{ errorCode: 'ORDER_LOCKED' }, 'ORDER_LOCKED'],
    [{ error: { message: 'Locked' }, code: 'ORDER_LOCKED' }, 'ORDER_LOCKED'],
    [{ errorCode: 1042 }, '1042'],
  ])('reads the code from %j', (body, code) => {
    expect(read(body)?.code).toBe(code);
  });

  it.each([
    [{ status: 409 }, 409],
    [{ status: '409' }, 409],
    [{ statusCode: 409 }, 409],
    [{ error: { status: 409 } }, 409],
    [{ status: 409, statusCode: 410 }, 409],
    [{ status: 409, error: { status: 410 } }, 409],
    [{ statusCode: 409, error: { status: 410 } }, 409],
    [{ status: 'error', statusCode: 503 }, 503],
    [{ status: 'fail', error: { status: 429 } }, 429],
    [{ status: 42 }, undefined],
  ])('reads the status from %j', (body, status) => {
    expect(read(body)?.status).toBe(status);
  });

  it.each([
    [{ message: 'Email already taken' }, 'Email already taken'],
    [{ error_description: 'The refresh token has expired' }, 'The refresh token has expired'],
    [{ error_message: 'Link not found' }, 'Link not found'],
    [{ errorMessage: 'Quota reached for today' }, 'Quota reached for today'],
    [{ title: 'Order cannot be changed' }, 'Order cannot be changed'],
    [{ error: { message: 'Card expired' } }, 'Card expired'],
    [{ error: 'invalid_grant', error_description: 'Bad code' }, 'Bad code'],
    [{ error: '  Unauthorized  ' }, 'Unauthorized'],
    [{ errors: ['Name is required', 'Email is required'] }, 'Name is required'],
    [{ errors: [{ field: 'email', message: 'is taken' }, 'Please check the form'] }, 'Please check the form'],
    [{ error: '   ', errors: ['Name is required'] }, 'Name is required'],
  ])('reads the message from %j', (body, message) => {
    expect(read(body)?.message).toBe(message);
  });

  it.each([
    [{ error: { code: 'TEAPOT' } }],
    [{ error: '   ' }],
    [{ errors: [{ field: 'email', message: 'is taken' }] }],
    [{ errors: [42, null] }],
    [{ errors: 'Name is required' }],
    [{}],
  ])('has no message for %j', (body) => {
    expect(read(body)?.message).toBeUndefined();
  });

  it('turns the objects of an errors list into field errors and leaves its strings out', () => {
    const body = {
      message: 'Validation failed',
      errors: ['Please check the form', { field: 'email', message: 'must be a valid email', value: 'ann@' }, { param: 'age', msg: 'must be 18 or over' }],
    };
    expect(read(body)?.fieldErrors).toEqual([
      { field: 'email', message: 'must be a valid email', value: 'ann@' },
      { field: 'age', message: 'must be 18 or over' },
    ]);
  });

  it.each([
    [{ details: { orderId: 42 } }, { orderId: 42 }],
    [{ error: { details: [{ reason: 'locked' }] } }, [{ reason: 'locked' }]],
    [{ error: { details: 'nested' }, details: 'outer' }, 'nested'],
    [{ error: { message: 'x' }, details: 'outer' }, 'outer'],
  ])('keeps details from %j', (body, details) => {
    expect(read(body)?.details).toEqual(details);
  });

  it('reads a wait and a support reference from the body or its nested error', () => {
    expect(read({ message: 'Slow down', retryAfter: 12, requestId: 'req_81' })).toMatchObject({ retryAfterMs: 12_000, correlationId: 'req_81' });
    expect(read({ error: { message: 'Slow down', retry_after: 3, trace_id: 'trace-9' } })).toMatchObject({ retryAfterMs: 3000, correlationId: 'trace-9' });
  });

  it('reads nothing but objects', () => {
    expect(read('Not Found')).toBeUndefined();
    expect(read(['Name is required'])).toBeUndefined();
    expect(read(null)).toBeUndefined();
    expect(read(404)).toBeUndefined();
  });
});

describe('genericJson through normalizeError', () => {
  it('reads an Express error as json with its status and message', () => {
    const error = normalizeError({ status: 409, error: 'Conflict', message: 'That name is already in use', path: '/teams' });
    expect(error).toMatchObject({ dialect: 'json', code: 'CONFLICT', status: 409, category: 'conflict', message: 'That name is already in use' });
  });

  it('reads an OAuth error description as the message, and its error code as the code', () => {
    // RFC 6749 §5.2: the grant (an authorization code, a refresh token) is no longer good: sign in again.
    const error = normalizeError({ error: 'invalid_grant', error_description: 'The authorization code has expired.' }, { status: 400 });
    expect(error).toMatchObject({ dialect: 'json', status: 400, code: 'INVALID_GRANT', message: 'The authorization code has expired.', category: 'unauthenticated' });
  });

  it('makes a validation error of an express-validator errors list', () => {
    const body = { errors: [{ type: 'field', value: 'ann@', msg: 'Invalid value', path: 'email', location: 'body' }] };
    const error = normalizeError(body, { status: 422 });
    expect(error).toMatchObject({ dialect: 'json', code: 'VALIDATION_ERROR', category: 'validation', status: 422 });
    expect(error.fieldErrors).toEqual([{ field: 'email', message: 'Invalid value', value: 'ann@', type: 'field' }]);
  });

  it('reads a plain list of sentences as the message, not as field errors', () => {
    const normalize = createNormalizer({ dialects: [genericJson] });
    const error = normalize({ errors: ['Your basket is empty'] }, { status: 400 });
    expect(error).toMatchObject({ dialect: 'json', message: 'Your basket is empty', fieldErrors: [] });
    // Every dialect tried in turn: DRF's field map does not take a body keyed only by `errors`.
    expect(normalizeError({ errors: ['Your basket is empty'] }, { status: 400 })).toMatchObject({ dialect: 'json', message: 'Your basket is empty', fieldErrors: [] });
    expect(normalizeError({ message: ['The coupon has expired.'] }, { status: 400 }).dialect).not.toBe('drf');
    // A real DRF form keeps its fields, even one named like an envelope key next to others.
    expect(normalizeError({ email: ['Enter a valid email address.'], message: ['This field may not be blank.'] }, { status: 400 })).toMatchObject({
      dialect: 'drf',
      fieldErrors: [
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'message', message: 'This field may not be blank.' },
      ],
    });
  });

  it('is what a normalizer with only genericJson answers for a nested error', () => {
    const normalize = createNormalizer({ dialects: [genericJson] });
    const error = normalize({ error: { code: 'NOT_FOUND', message: 'No such invoice', status: 404 } });
    expect(error).toMatchObject({ dialect: 'json', code: 'NOT_FOUND', status: 404, category: 'not-found', message: 'No such invoice' });
  });
});

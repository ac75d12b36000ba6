import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { googleRpc } from '../../src/dialects';

const read = (body: unknown) => googleRpc(body, 'application/json; charset=UTF-8');

const TYPE = 'type.googleapis.com/google.rpc.';

/** A google.rpc.Status body whose RetryInfo asks for `retryDelay`. */
const retryAfter = (retryDelay: unknown) =>
  read({ error: { code: 429, message: 'Quota exceeded.', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': `${TYPE}RetryInfo`, retryDelay }] } })?.retryAfterMs;

describe('googleRpc: what it reads from a google.rpc.Status', () => {
  it('reads every typed detail it knows', () => {
    const body = {
      error: {
        code: 400,
        message: 'Request contains an invalid argument.',
        status: 'INVALID_ARGUMENT',
        details: [
          { '@type': `${TYPE}BadRequest`, fieldViolations: [{ field: 'book.title', description: 'Title must not be empty.' }] },
          { '@type': `${TYPE}ErrorInfo`, reason: 'TITLE_EMPTY', domain: 'library.googleapis.com', metadata: { shelf: 'fiction' } },
          { '@type': `${TYPE}RetryInfo`, retryDelay: '1.5s' },
          { '@type': `${TYPE}RequestInfo`, requestId: 'req-3f9a', servingData: '' },
          { '@type': `${TYPE}QuotaFailure`, violations: [{ subject: 'project:123', description: 'Daily limit reached' }] },
          { '@type': `${TYPE}Help`, links: [{ description: 'Book rules', url: 'https://example.com/rules' }] },
          { '@type': `${TYPE}DebugInfo`, detail: 'ignored' },
        ],
      },
    };
    expect(read(body)).toEqual({
      dialect: 'google-rpc',
      code: 'INVALID_ARGUMENT',
      status: 400,
      message: 'Request contains an invalid argument.',
      fieldErrors: [{ field: 'book.title', message: 'Title must not be empty.' }],
      details: {
        reason: 'TITLE_EMPTY',
        domain: 'library.googleapis.com',
        metadata: { shelf: 'fiction' },
        violations: [{ subject: 'project:123', description: 'Daily limit reached' }],
        links: [{ description: 'Book rules', url: 'https://example.com/rules' }],
      },
      retryAfterMs: 1500,
      correlationId: 'req-3f9a',
    });
  });

  it('prefers a LocalizedMessage to the developer message', () => {
    const body = {
      error: {
        code: 403,
        message: 'The caller does not have permission',
        status: 'PERMISSION_DENIED',
        details: [{ '@type': `${TYPE}LocalizedMessage`, locale: 'en-US', message: 'You cannot edit this shelf.' }],
      },
    };
    expect(read(body)).toMatchObject({ code: 'PERMISSION_DENIED', status: 403, message: 'You cannot edit this shelf.' });
  });

  it('keeps a Help link without mistaking it for a quota violation, and the other way round', () => {
    const help = read({ error: { code: 400, status: 'FAILED_PRECONDITION', details: [{ '@type': `${TYPE}Help`, links: [{ url: 'https://example.com/a' }] }] } });
    expect(help?.details).toEqual({ links: [{ url: 'https://example.com/a' }] });
    const quota = read({ error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ '@type': `${TYPE}QuotaFailure`, violations: [{ subject: 'user:7' }] }] } });
    expect(quota?.details).toEqual({ violations: [{ subject: 'user:7' }] });
  });

  it('skips detail entries without an @type', () => {
    const body = { error: { code: 500, message: 'Internal error.', status: 'INTERNAL', details: [{ reason: 'untyped' }, 'text', null] } };
    expect(read(body)).toEqual({ dialect: 'google-rpc', code: 'INTERNAL', status: 500, message: 'Internal error.', fieldErrors: [], details: {} });
  });

  it.each([
    ['30s', 30_000],
    ['1.5s', 1500],
    ['0.25s', 250],
    [{ seconds: 2 }, 2000],
    [{ seconds: '1', nanos: 250_000_000 }, 1250],
    [{ seconds: 0, nanos: 500_000_000 }, 500],
  ])('reads a retry delay of %j', (delay, ms) => {
    expect(retryAfter(delay)).toBe(ms);
  });

  it.each([['soon'], ['3s0'], [''], [{ nanos: 500_000_000 }], [{}], [null]])('reads no wait from a retry delay of %j', (delay) => {
    expect(retryAfter(delay)).toBeUndefined();
  });

  it('reads a numeric code beside typed details even without a status name', () => {
    const body = { error: { code: 400, message: 'Bad book.', details: [{ '@type': `${TYPE}BadRequest`, fieldViolations: [{ field: 'isbn', description: 'Not an ISBN.' }] }] } };
    expect(read(body)).toEqual({
      dialect: 'google-rpc',
      status: 400,
      message: 'Bad book.',
      fieldErrors: [{ field: 'isbn', message: 'Not an ISBN.' }],
      details: {},
    });
  });

  it.each([
    ['a numeric code alone', { error: { code: 404, message: 'Not found' } }],
    ['a code that is a string', { error: { code: 'NOT_FOUND', status: 'NOT_FOUND', message: 'Book not found' } }],
    ['a numeric string code', { error: { code: '404', status: 'NOT_FOUND', message: 'Book not found' } }],
    ['an error that is a sentence', { error: 'Not found', code: 404, status: 'NOT_FOUND' }],
    ['an error list', { error: [{ code: 404, status: 'NOT_FOUND' }] }],
    ['a top-level status', { code: 404, status: 'NOT_FOUND', message: 'Not found' }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('googleRpc through normalizeError', () => {
  it('reads a RESOURCE_EXHAUSTED error with its delay and request id', () => {
    const body = {
      error: {
        code: 429,
        message: 'Quota exceeded for quota metric.',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': `${TYPE}RetryInfo`, retryDelay: { seconds: 7, nanos: 500_000_000 } },
          { '@type': `${TYPE}RequestInfo`, requestId: 'abc-123' },
        ],
      },
    };
    const error = normalizeError(body, { status: 429 });
    expect(error).toMatchObject({ dialect: 'google-rpc', code: 'RESOURCE_EXHAUSTED', category: 'rate-limited', retryAfterMs: 7500, correlationId: 'abc-123' });
  });

  it('reads the numeric code as the status when the response gives none', () => {
    const error = normalizeError({ error: { code: 404, message: 'Shelf 9 not found.', status: 'NOT_FOUND' } });
    expect(error).toMatchObject({ dialect: 'google-rpc', code: 'NOT_FOUND', status: 404, category: 'not-found', message: 'Shelf 9 not found.' });
  });
});

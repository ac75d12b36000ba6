import { describe, expect, it } from 'vitest';
import { STANDARD_EXAMPLES, type StandardExample } from '../../fixtures/standardExamples';
import type { FieldError } from '../../src/core/FieldError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

/** Normalizes the named example of one dialect, as its response arrived. */
function examplesOf(dialect: StandardExample['dialect']) {
  return (name: string, now = NOW) => {
    const example = STANDARD_EXAMPLES.find((candidate) => candidate.dialect === dialect && candidate.name === name);
    if (!example) throw new Error(`no ${dialect} example named ${name}`);
    return normalizeError(example.body, { status: example.status, headers: example.headers, now });
  };
}

const fields = (errors: FieldError[]) => errors.map(({ field, message }) => [field, message]);

describe('RFC 9457 problem+json', () => {
  const normalizeExample = examplesOf('problem+json');

  it('keeps the problem type as a code and its extension members as details', () => {
    const error = normalizeExample('Out of credit');
    expect(error).toMatchObject({ code: 'OUT_OF_CREDIT', status: 403, category: 'forbidden', dialect: 'problem+json' });
    expect(error.message).toBe('Your current balance is 30, but that costs 50.');
    expect(error.details).toMatchObject({ balance: 30, instance: '/account/12345/msgs/abc', type: 'https://example.com/probs/out-of-credit' });
  });

  it('turns errors[].pointer into field paths', () => {
    const error = normalizeExample('Validation errors with JSON pointers');
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', category: 'validation', retryable: false });
    expect(fields(error.fieldErrors)).toEqual([
      ['age', 'must be a positive integer'],
      ['profile.color', "must be 'green', 'red' or 'blue'"],
    ]);
  });

  it('reads RFC 7807 invalid-params', () => {
    const error = normalizeExample('invalid-params');
    expect(fields(error.fieldErrors)).toEqual([
      ['age', 'must be a positive integer'],
      ['color', "must be 'green', 'red' or 'blue'"],
    ]);
  });

  it('reads ASP.NET error maps and its traceId', () => {
    const error = normalizeExample('ASP.NET Core ValidationProblemDetails');
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', category: 'validation', correlationId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00' });
    expect(fields(error.fieldErrors)).toEqual([
      ['Email', 'The Email field is required.'],
      ['Address.City', 'The City field is required.'],
    ]);
  });

  it('is recognised by shape when the content type is missing', () => {
    const error = normalizeError({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No order 42 exists.' });
    expect(error).toMatchObject({ dialect: 'problem+json', code: 'NOT_FOUND', status: 404, message: 'No order 42 exists.' });
  });
});

describe('JSON:API', () => {
  const normalizeExample = examplesOf('json:api');

  it('turns a source pointer under /data/attributes into the attribute name', () => {
    const error = normalizeExample('Invalid attribute');
    expect(error).toMatchObject({ dialect: 'json:api', code: 'VALIDATION_ERROR', status: 422 });
    expect(fields(error.fieldErrors)).toEqual([['firstName', 'First name must contain at least two characters.']]);
  });

  it('keeps every error of a multi-error document', () => {
    const error = normalizeExample('Multiple errors');
    expect(error.status).toBe(400);
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['secretPowers', 'volume', 'reputation']);
  });

  it('uses the first error code and keeps per-error codes as field error types', () => {
    const error = normalizeExample('Error codes');
    expect(error.code).toBe('123');
    expect(error.category).toBe('validation');
    expect(error.fieldErrors.map((fieldError) => [fieldError.field, fieldError.type])).toEqual([
      ['firstName', '123'],
      ['password', '225'],
      ['password', '226'],
    ]);
    expect(error.fieldErrors[2]?.message).toBe('Password and password confirmation do not match.');
  });

  it('addresses a query parameter error to the parameter', () => {
    const error = normalizeExample('Invalid query parameter');
    expect(fields(error.fieldErrors)).toEqual([['include', 'The resource does not have an `auther` relationship path.']]);
  });
});

describe("FastAPI's default 422", () => {
  const normalizeExample = examplesOf('fastapi');

  it('drops the body prefix of loc', () => {
    const error = normalizeExample('Missing body field (Pydantic v2)');
    expect(error).toMatchObject({ dialect: 'fastapi', code: 'VALIDATION_ERROR', category: 'validation' });
    expect(error.fieldErrors).toEqual([{ field: 'email', message: 'Field required', type: 'missing' }]);
  });

  it('joins nested locations with dots', () => {
    expect(normalizeExample('Nested body field (Pydantic v1)').fieldErrors).toEqual([
      { field: 'item.price', message: 'value is not a valid float', type: 'type_error.float' },
    ]);
  });

  it('keeps query parameters, list indexes and the rejected input', () => {
    expect(normalizeExample('Query parameter and list item').fieldErrors).toEqual([
      { field: 'skip', message: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing', value: 'abc' },
      { field: 'items.0.name', message: 'String should have at least 1 character', type: 'string_too_short', value: '' },
    ]);
  });
});

describe('Django REST framework', () => {
  const normalizeExample = examplesOf('drf');

  it('reads field-keyed message lists', () => {
    const error = normalizeExample('Field errors');
    expect(error).toMatchObject({ dialect: 'drf', code: 'VALIDATION_ERROR', status: 400 });
    expect(fields(error.fieldErrors)).toEqual([
      ['email', 'Enter a valid email address.'],
      ['username', 'This field is required.'],
    ]);
  });

  it('keeps non_field_errors as form-level errors', () => {
    expect(fields(normalizeExample('non_field_errors').fieldErrors)).toEqual([['', 'The fields email, username must make a unique set.']]);
  });

  it('flattens nested serializers and list items into dotted paths', () => {
    expect(fields(normalizeExample('Nested serializer and list').fieldErrors)).toEqual([
      ['address.city', 'This field is required.'],
      ['tags.1.name', 'Ensure this field has no more than 10 characters.'],
    ]);
  });

  it('shows {detail} sentences and derives the code from the status', () => {
    expect(normalizeExample('Not authenticated')).toMatchObject({
      code: 'UNAUTHORIZED',
      category: 'unauthenticated',
      message: 'Authentication credentials were not provided.',
    });
  });

  it('reads the wait out of the throttling sentence', () => {
    expect(normalizeExample('Throttled')).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', retryable: true, retryAfterMs: 56_000 });
  });
});

describe('Laravel', () => {
  const normalizeExample = examplesOf('laravel');

  it('reads the errors map, dotted keys included', () => {
    const error = normalizeExample('Validation failed');
    expect(error).toMatchObject({ dialect: 'laravel', code: 'VALIDATION_ERROR', status: 422 });
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual([
      'team_name',
      'team_name',
      'authorization.role',
      'users.0.email',
      'users.2.email',
    ]);
  });

  it('gives a bare Unauthenticated. the registry words', () => {
    const error = normalizeExample('Unauthenticated');
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', category: 'unauthenticated' });
    expect(error.message).not.toBe('Unauthenticated.');
  });

  it('honours Retry-After on a throttled request', () => {
    expect(normalizeExample('Too many attempts')).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', retryAfterMs: 60_000, message: 'Too Many Attempts.' });
  });
});

describe('GraphQL', () => {
  const normalizeExample = examplesOf('graphql');

  it('reads an error inside a 200 response without a code', () => {
    const error = normalizeExample('Partial data with a field error');
    expect(error).toMatchObject({ dialect: 'graphql', status: 200, message: 'Name for character with ID 1002 could not be fetched.' });
    expect(error.details).toMatchObject({ path: 'hero.heroFriends.1.name' });
  });

  it('takes the code from extensions.code', () => {
    expect(normalizeExample('Unauthenticated')).toMatchObject({ code: 'UNAUTHENTICATED', category: 'unauthenticated', retryable: false });
  });

  it('addresses BAD_USER_INPUT to its argument', () => {
    const error = normalizeExample('Bad user input');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', category: 'validation' });
    expect(fields(error.fieldErrors)).toEqual([['id', 'Invalid argument value']]);
  });

  it('reads GitHub-style type codes and their reset header', () => {
    const reset = 1704841845 * 1000;
    const error = normalizeExample('Rate limited (GitHub)', reset - 90_000);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', category: 'rate-limited', retryAfterMs: 90_000 });
  });

  it('treats schema validation failures as the app sending a bad request', () => {
    expect(normalizeExample('Validation failed')).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', status: 400, category: 'validation' });
  });
});

describe('google.rpc.Status', () => {
  const normalizeExample = examplesOf('google-rpc');

  it('takes the canonical status as the code and ErrorInfo as details', () => {
    const error = normalizeExample('Resource exhausted with ErrorInfo and LocalizedMessage');
    expect(error).toMatchObject({ code: 'RESOURCE_EXHAUSTED', category: 'rate-limited', status: 429 });
    expect(error.details).toMatchObject({ reason: 'RESOURCE_AVAILABILITY', domain: 'compute.googleapis.com' });
    // The localized message holds words in angle brackets, a shape of markup and code: the kit's words are shown.
    expect(error.message).toBe('Too many requests. Wait a moment and try again.');
  });

  it('reads ErrorInfo on an invalid argument', () => {
    const error = normalizeExample('API key not valid');
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', category: 'validation', message: 'API key not valid. Please pass a valid API key.' });
    expect(error.details).toMatchObject({ reason: 'API_KEY_INVALID' });
  });

  it('turns BadRequest field violations into form paths', () => {
    expect(normalizeExample('BadRequest field violations').fieldErrors.map((fieldError) => fieldError.field)).toEqual(['requests.0.features.0.type']);
  });

  it('reads RetryInfo and RequestInfo', () => {
    expect(normalizeExample('Unavailable with RetryInfo and RequestInfo')).toMatchObject({
      code: 'UNAVAILABLE',
      category: 'unavailable',
      retryable: true,
      retryAfterMs: 30_000,
      correlationId: 'a1b2c3d4',
    });
  });
});

describe('bodies that are not JSON', () => {
  const normalizeExample = examplesOf('text');

  it("reads a proxy's HTML 502 page without leaking markup", () => {
    const error = normalizeExample('nginx 502 page');
    expect(error).toMatchObject({ dialect: 'html', code: 'BAD_GATEWAY', category: 'upstream', retryable: true });
    expect(error.message).not.toMatch(/[<>]|nginx/);
    expect(error.details).toEqual({ pageTitle: '502 Bad Gateway' });
  });

  it("reads a framework's HTML 404 page by its status", () => {
    const error = normalizeExample('Express 404 page');
    expect(error).toMatchObject({ code: 'NOT_FOUND', category: 'not-found' });
    expect(error.message).not.toMatch(/Cannot GET/);
  });

  it('reads a plain-text 429 and its Retry-After seconds', () => {
    expect(normalizeExample('Plain text 429')).toMatchObject({ dialect: 'text', code: 'RATE_LIMIT_EXCEEDED', retryAfterMs: 120_000 });
  });

  it('reads an empty 503 and its Retry-After date', () => {
    expect(normalizeExample('Empty 503')).toMatchObject({ dialect: 'empty', code: 'SERVICE_UNAVAILABLE', category: 'unavailable', retryAfterMs: 30_000 });
  });
});

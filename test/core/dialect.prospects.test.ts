import { describe, expect, it } from 'vitest';
import { seedKit } from '../helpers/kits';

// Read as an app that speaks this API reads it: through its preset.
const normalizeError = seedKit('002').normalize;
import { prospectsDialect as prospects } from '../../src/presets/prospects/index';

const read = (body: unknown) => prospects(body, 'application/json');

describe('prospects: what it reads from its flat shape', () => {
  it('reads code, status, message, field map, wait and details exactly', () => {
    const body = {
      error: 'VALIDATION_ERROR',
      message: 'Invalid prospect data',
      statusCode: 400,
      details: { fields: { email: ['Email is invalid'], 'company.name': ['Company name is required'] }, retryAfter: 5 },
    };
    expect(read(body)).toEqual({
      dialect: 'prospects',
      code: 'VALIDATION_ERROR',
      status: 400,
      message: 'Invalid prospect data',
      fieldErrors: [
        { field: 'email', message: 'Email is invalid' },
        { field: 'company.name', message: 'Company name is required' },
      ],
      details: body.details,
      retryAfterMs: 5000,
    });
  });

  it.each([
    ['a lower-case error', { error: 'not_found', message: 'No prospect 7' }],
    ['an error sentence', { error: 'Not Found', message: 'No prospect 7' }],
    ['an error object', { error: { code: 'NOT_FOUND' } }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('prospects through normalizeError', () => {
  it('reads a not-found prospect', () => {
    const error = normalizeError({ error: 'PROSPECT_NOT_FOUND', message: 'Prospect not found', statusCode: 404 });
    expect(error).toMatchObject({ dialect: 'prospects', code: 'PROSPECT_NOT_FOUND', status: 404, message: 'Prospect not found' });
  });
});

describe('prospects: what it does not read', () => {
  it('needs the code as text, not in a list', () => {
    expect(read({ error: ['NOT_FOUND'], message: 'Prospect not found' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { seedKit } from '../helpers/kits';

// Read as an app that speaks this API reads it: through its preset.
const normalizeError = seedKit('004').normalize;
import { saasEnvelope } from '../../src/presets/saas/index';

const read = (body: unknown) => saasEnvelope(body, 'application/json');

describe('saasEnvelope: what it reads from its envelope', () => {
  it('makes one field error of a context that names a field and a value', () => {
    const body = { success: false, error: { code: 'EMAIL_TAKEN', message: 'That email is already registered', context: { field: 'email', value: 'ann@example.com' } } };
    expect(read(body)).toEqual({
      dialect: 'saas-envelope',
      code: 'EMAIL_TAKEN',
      message: 'That email is already registered',
      fieldErrors: [{ field: 'email', message: 'That email is already registered', value: 'ann@example.com' }],
      details: { field: 'email', value: 'ann@example.com' },
    });
  });

  it.each([
    ['no value', { field: 'email' }],
    ['a value that is an object', { field: 'email', value: { address: 'ann@example.com' } }],
    ['a null value', { field: 'email', value: null }],
  ])('echoes no value in the field error for a context with %s', (_, context) => {
    const body = { success: false, error: { code: 'EMAIL_TAKEN', message: 'That email is already registered', context } };
    expect(read(body)?.fieldErrors).toEqual([{ field: 'email', message: 'That email is already registered' }]);
    expect(read(body)?.fieldErrors?.[0]).not.toHaveProperty('value');
  });

  it('echoes a number or a flag as the field value', () => {
    const body = { success: false, error: { code: 'OUT_OF_RANGE', message: 'Seats must be at most 50', context: { field: 'seats', value: 80 } } };
    expect(read(body)?.fieldErrors).toEqual([{ field: 'seats', message: 'Seats must be at most 50', value: 80 }]);
  });

  it('keeps a context error list over the single field', () => {
    const body = {
      success: false,
      error: { code: 'VALIDATION_ERROR', message: 'Invalid input', context: { field: 'email', errors: [{ field: 'password', message: 'Too short' }] } },
    };
    expect(read(body)?.fieldErrors).toEqual([{ field: 'password', message: 'Too short' }]);
  });

  it.each([
    ['no field', { limit: 100, used: 100, period: 'month' }],
    ['a list of fields', { field: ['start', 'end'] }],
    ['an empty field', { field: '' }],
  ])('has no field error for a context with %s', (_, context) => {
    const body = { success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded', context } };
    expect(read(body)?.fieldErrors).toEqual([]);
  });

  it.each([
    ['a blank code', { success: false, error: { code: '   ', message: 'Something failed', context: {} } }],
    ['a numeric code', { success: false, error: { code: 402, message: 'Plan expired', context: {} } }],
    ['a context that is text', { success: false, error: { code: 'PLAN_EXPIRED', message: 'Plan expired', context: 'renew at /billing' } }],
    ['an error sentence', { success: false, error: 'PLAN_EXPIRED' }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('saasEnvelope through normalizeError', () => {
  it('reads a quota error with its context as details', () => {
    const error = normalizeError({ success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded', context: { limit: 100, used: 100, period: 'month' } } }, { status: 429 });
    expect(error).toMatchObject({ dialect: 'saas-envelope', code: 'QUOTA_EXCEEDED', category: 'quota', details: { limit: 100, used: 100, period: 'month' } });
  });
});

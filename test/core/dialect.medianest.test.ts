import { describe, expect, it } from 'vitest';
import { seedKit } from '../helpers/kits';

// Read as an app that speaks this API reads it: through its preset.
const normalizeError = seedKit('000').normalize;
import { medianestDialect as medianest } from '../../src/presets/medianest/index';

const read = (body: unknown) => medianest(body, 'application/json');

describe('medianest: what it reads from its envelope', () => {
  it('reads code, message, field errors, wait and reference from error.details', () => {
    const body = {
      success: false,
      error: {
        code: 'RATE_LIMIT_EXCEEDED',
        message: 'Too many requests',
        details: { retry_after: 60, correlationId: 'c-81f2', errors: [{ field: 'title', message: 'Title is required' }] },
      },
    };
    expect(read(body)).toEqual({
      dialect: 'medianest',
      code: 'RATE_LIMIT_EXCEEDED',
      message: 'Too many requests',
      fieldErrors: [{ field: 'title', message: 'Title is required' }],
      details: { retry_after: 60, correlationId: 'c-81f2', errors: [{ field: 'title', message: 'Title is required' }] },
      retryAfterMs: 60_000,
      correlationId: 'c-81f2',
    });
  });

  it.each([
    ['a blank code', { success: false, error: { code: '   ', message: 'Something failed' } }],
    ['a numeric code', { success: false, error: { code: 503, message: 'Plex is unreachable' } }],
    ['a context object (seed 004)', { success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Quota exceeded', context: { limit: 10 } } }],
    ['an error sentence', { success: false, error: 'PLEX_UNREACHABLE' }],
    ['no error', { success: false, message: 'Something failed' }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('medianest through normalizeError', () => {
  it('reads a Plex outage with its code', () => {
    const error = normalizeError({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot reach Plex server' } }, { status: 503 });
    expect(error).toMatchObject({ dialect: 'medianest', code: 'PLEX_UNREACHABLE', category: 'upstream' });
  });
});

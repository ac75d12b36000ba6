import { describe, expect, it } from 'vitest';
import { seedKit } from '../helpers/kits';

// Read as an app that speaks this API reads it: through its preset.
const normalizeError = seedKit('003').normalize;
import { urlShortenerDialect as urlShortener } from '../../src/presets/urlShortener/index';

const read = (body: unknown) => urlShortener(body, 'application/json');

describe("urlShortener: seed 003's envelope", () => {
  it('reads the code, the message, field errors (without the body. location) and the stated wait', () => {
    const body = {
      success: false,
      data: { validation_errors: [{ field: 'body.url', message: 'URL must start with http:// or https://' }], retry_after: 30, request_id: 'req_7f3a9c' },
      error_code: 'VALIDATION_ERROR',
      error_message: 'Request validation failed',
    };
    expect(read(body)).toMatchObject({
      dialect: 'url-shortener',
      code: 'VALIDATION_ERROR',
      message: 'Request validation failed',
      fieldErrors: [{ field: 'url', message: 'URL must start with http:// or https://' }],
      retryAfterMs: 30_000,
    });
  });

  it('is not an error when the envelope says success: true', () => {
    expect(read({ success: true, data: {}, error_code: 'NONE', error_message: '' })).toBeUndefined();
    expect(normalizeError({ success: true, data: {}, error_code: 'NONE', error_message: '' }, { status: 400 }).dialect).not.toBe('url-shortener');
  });

  it('needs both error_code and error_message', () => {
    expect(read({ success: false, error_code: 'CONFLICT' })).toBeUndefined();
    expect(read({ success: false, error_message: 'Alias taken' })).toBeUndefined();
  });
});

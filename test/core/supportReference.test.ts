import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { supportReference } from '../../src/core/screen/supportReference';

/** The support reference a fallback shows for a server error that carried `correlationId`. */
function referenceOf(correlationId: string | undefined): string | undefined {
  return supportReference(new ApiError({ code: 'INTERNAL_ERROR', category: 'server', message: 'Something went wrong.', retryable: true, status: 500, correlationId }));
}

describe('the support reference a fallback shows', () => {
  it('shows the X-Correlation-ID of a MediaNest response (seed 000)', () => {
    const body = { success: false, error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } };
    const error = normalizeError(body, { status: 500, headers: { 'X-Correlation-ID': 'req_abc123xyz' } });
    expect(supportReference(error)).toBe('req_abc123xyz');
  });

  it('shows request ids, UUIDs and trace ids as they are', () => {
    expect(referenceOf('550e8400-e29b-41d4-a716-446655440000')).toBe('550e8400-e29b-41d4-a716-446655440000');
    expect(referenceOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(referenceOf('trace:7f3a.9c21')).toBe('trace:7f3a.9c21');
  });

  it('shows nothing when the error has no reference', () => {
    expect(referenceOf(undefined)).toBeUndefined();
  });

  it('shows a reference of 4 to 100 characters and withholds a shorter or longer one', () => {
    expect(referenceOf('err1')).toBe('err1');
    expect(referenceOf('err')).toBeUndefined();
    expect(referenceOf(`r${'a'.repeat(99)}`)).toBe(`r${'a'.repeat(99)}`);
    expect(referenceOf(`r${'a'.repeat(100)}`)).toBeUndefined();
  });

  it('withholds a reference that starts with punctuation or holds spaces or other signs', () => {
    expect(referenceOf('-req_abc123')).toBeUndefined();
    expect(referenceOf('_req_abc123')).toBeUndefined();
    expect(referenceOf('req_abc123 (retry 2)')).toBeUndefined();
    expect(referenceOf('req/abc/123')).toBeUndefined();
    expect(referenceOf('Root=1-5759e988-bd862e3fe1be46a994272793')).toBeUndefined();
    expect(referenceOf('<script>alert(1)</script>')).toBeUndefined();
  });

  it('withholds a reference that gives away an internal host or a secret', () => {
    expect(referenceOf('api-7f9c.prod.internal')).toBeUndefined();
    expect(referenceOf('sk_live_4eC39HqLyjWDarjtT1zdp7dc')).toBeUndefined();
  });
});

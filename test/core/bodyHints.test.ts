import { describe, expect, it } from 'vitest';
import { bodyCorrelationId, bodyRetryAfterMs } from '../../src/core/normalize/bodyHints';

describe('the wait a body asks for', () => {
  it('reads seconds under each name, and milliseconds', () => {
    expect(bodyRetryAfterMs({ retry_after: 30 })).toBe(30_000);
    expect(bodyRetryAfterMs({ retryAfter: '1.5' })).toBe(1500);
    expect(bodyRetryAfterMs({ retry_after_seconds: 0 })).toBe(0);
    expect(bodyRetryAfterMs({ retryAfterMs: 250.4 })).toBe(250);
    expect(bodyRetryAfterMs({}, { retry_after_ms: 900 })).toBe(900);
  });

  it('ignores a negative wait in seconds and goes on to the milliseconds', () => {
    expect(bodyRetryAfterMs({ retry_after: -5 })).toBeUndefined();
    expect(bodyRetryAfterMs({ retry_after: -5, retryAfterMs: 2000 })).toBe(2000);
    expect(bodyRetryAfterMs({ retryAfterMs: -1 })).toBeUndefined();
  });

  it('ignores seconds too many to hold as milliseconds', () => {
    expect(bodyRetryAfterMs({ retry_after: 1e306 })).toBeUndefined();
  });
});

describe('the support reference a body carries', () => {
  it('takes the first name present, as text, cut to 200 characters', () => {
    expect(bodyCorrelationId({ error_id: 'err_7f3a' })).toBe('err_7f3a');
    expect(bodyCorrelationId({}, { traceId: '00-4bf92f3577b34da6-00' })).toBe('00-4bf92f3577b34da6-00');
    expect(bodyCorrelationId({ requestId: 'r'.repeat(300) })).toHaveLength(200);
    expect(bodyCorrelationId({ message: 'No reference' })).toBeUndefined();
  });

  it.each(['correlationId', 'correlation_id', 'error_id', 'errorId', 'request_id', 'requestId', 'traceId', 'trace_id'])('reads %s', (name) => {
    expect(bodyCorrelationId({ [name]: 'ref-42' })).toBe('ref-42');
  });
});

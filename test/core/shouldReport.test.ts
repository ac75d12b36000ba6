import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { reportTags, shouldReport } from '../../src/core/reporting/shouldReport';

describe('which failures are reported', () => {
  it('reports bugs and the service failing, not what the API says on purpose about a request', () => {
    const reported = (status: number) => shouldReport(normalizeError({ message: 'x' }, { status }));
    expect([500, 502, 503, 504].map(reported)).toEqual([true, true, true, true]);
    expect([400, 401, 403, 404, 409, 422, 429].map(reported)).toEqual([false, false, false, false, false, false, false]);
    expect(shouldReport(normalizeError(new TypeError("Cannot read properties of undefined (reading 'map')")))).toBe(true);
    expect(shouldReport(normalizeError(new DOMException('aborted', 'AbortError')))).toBe(false);
  });

  it('tags a report by code, category, status and correlation id', () => {
    const error = normalizeError({ error: { code: 'SERVICE_ERROR', message: 'x' } }, { status: 500, headers: { 'X-Correlation-ID': 'req_9' } });
    expect(reportTags(error)).toEqual({ 'api.code': 'SERVICE_ERROR', 'api.category': 'server', 'api.status': '500', 'api.correlation_id': 'req_9' });
  });
});

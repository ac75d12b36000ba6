import { get, text, toNumber } from '../internal/read';

/** The wait a body asks for, in ms: `retry_after` / `retryAfter` seconds (seeds 000, 002, 003), `retryAfterMs`. */
export function bodyRetryAfterMs(...containers: unknown[]): number | undefined {
  for (const container of containers) {
    const seconds = toNumber(get(container, 'retry_after') ?? get(container, 'retryAfter') ?? get(container, 'retry_after_seconds'));
    if (seconds !== undefined && seconds >= 0 && Number.isFinite(seconds * 1000)) return Math.round(seconds * 1000);
    const ms = toNumber(get(container, 'retryAfterMs') ?? get(container, 'retry_after_ms'));
    if (ms !== undefined && ms >= 0) return Math.round(ms);
  }
  return undefined;
}

/** A support reference a body carries: `error_id` (seed 000), `traceId` (ASP.NET), request ids. */
export function bodyCorrelationId(...containers: unknown[]): string | undefined {
  for (const container of containers) {
    const id = text(
      container,
      'correlationId',
      'correlation_id',
      'error_id',
      'errorId',
      'request_id',
      'requestId',
      'traceId',
      'trace_id',
    );
    if (id) return id.slice(0, 200);
  }
  return undefined;
}

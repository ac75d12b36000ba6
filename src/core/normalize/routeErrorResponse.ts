import { get, isRecord, toStatus } from '../internal/read';

/** What a router's error response (or an HTTP client's response object) says about the failure. */
export interface RouteErrorResponse {
  status: number;
  body: unknown;
  headers: unknown;
}

/**
 * React Router's route error response (`isRouteErrorResponse`: a loader or action threw a
 * `Response` or `data(body, { status })`), read as `{ status, statusText, data }` with `data`
 * the parsed body; the same shape as an axios `response`, whose headers come along. React
 * Router's own errors (`internal: true`, "No route matches URL") carry no body worth showing.
 */
export function readRouteErrorResponse(input: unknown): RouteErrorResponse | undefined {
  if (!isRecord(input) || typeof get(input, 'statusText') !== 'string' || !Object.hasOwn(input, 'data')) return undefined;
  const status = toStatus(get(input, 'status'));
  if (status === undefined) return undefined;
  return { status, body: get(input, 'internal') === true ? undefined : get(input, 'data'), headers: get(input, 'headers') };
}

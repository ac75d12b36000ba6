import { get, isRecord, toStatus } from '../internal/read';
import type { ThrownKind } from './thrownError';

// RTK Query's fetchBaseQuery hands its failures back rather than throwing them:
// {status: 403, data}, {status: 'FETCH_ERROR', error}, {status: 'TIMEOUT_ERROR', error},
// {status: 'PARSING_ERROR', originalStatus: 502, data: '<html>…', error}, {status: 'CUSTOM_ERROR', error, data}.
const MEMBERS = new Set(['status', 'data', 'error', 'originalStatus', 'meta']);

/** What an RTK Query `FetchBaseQueryError` says about the request, or undefined for anything else. */
export function readBaseQueryError(input: unknown): ThrownKind | undefined {
  if (!isRecord(input) || !Object.hasOwn(input, 'status') || !Object.keys(input).every((key) => MEMBERS.has(key))) return undefined;
  const status = get(input, 'status');
  if (status === 'FETCH_ERROR') return { kind: 'network' };
  if (status === 'TIMEOUT_ERROR') return { kind: 'timeout' };
  if (status === 'PARSING_ERROR') return { kind: 'http', status: toStatus(get(input, 'originalStatus')), body: get(input, 'data') };
  // A queryFn's own failure: its data, if any, is the body; its error text is the app's, never shown.
  if (status === 'CUSTOM_ERROR') return { kind: 'http', body: get(input, 'data') };
  // A response it did not accept: RTK Query's default `validateStatus` takes every 2xx.
  const numeric = toStatus(status);
  return numeric !== undefined && numeric >= 400 && Object.hasOwn(input, 'data') ? { kind: 'http', status: numeric, body: get(input, 'data') } : undefined;
}

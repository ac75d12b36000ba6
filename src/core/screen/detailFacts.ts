// The only details a fallback renders: an allow-list per fallback, each fact read from known
// keys with a checked type. A value of the wrong type, an unbounded string, a word outside an
// enum or text carrying a secret is simply not a fact; the rest of `details` stays available to
// developers (the development panel), never to users.
import type { ApiError } from '../ApiError';
import { get } from '../internal/read';
import { findLeak } from './findLeak';
import { isShowableSentence } from './isShowableSentence';
import { parseHttpUrl } from '../format/safeHref';

type Reader<T> = (details: Record<string, unknown>) => T | undefined;

function first(details: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = get(details, key);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** A finite number from 0 to `max` (a count, a limit, a duration in ms), from a number or a numeric string. */
const count =
  (max: number, ...keys: string[]): Reader<number> =>
  (details) => {
    const value = first(details, keys);
    const number = typeof value === 'string' && /^\d{1,15}(?:\.\d{1,6})?$/.test(value.trim()) ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= max ? number : undefined;
  };

// A name a server gives a role, plan, state or feature: letters, digits, spaces, `_ . -`.
const TOKEN = /^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,39}$/u;

/** `found` as a short name (a role, a plan, a state, a service), in the shape names have and carrying nothing secret. */
function asToken(found: unknown): string | undefined {
  return typeof found === 'string' && TOKEN.test(found.trim()) && findLeak(found) === undefined ? found.trim() : undefined;
}

/** A short name. */
const token =
  (...keys: string[]): Reader<string> =>
  (details) =>
    asToken(first(details, keys));

/** A list of short names. */
const tokens =
  (key: string): Reader<string[]> =>
  (details) => {
    const found = get(details, key);
    const names = Array.isArray(found) ? found.slice(0, 10).flatMap((item: unknown) => asToken(item) ?? []) : [];
    return names.length > 0 ? names : undefined;
  };

/** A value the user gave (an email, a name), shown whole when short and clean. */
const userValue =
  (max: number, ...keys: string[]): Reader<string> =>
  (details) => {
    const found = first(details, keys);
    const text = typeof found === 'number' && Number.isFinite(found) ? String(found) : found;
    return typeof text === 'string' && text.trim() !== '' && text.length <= max && findLeak(text) === undefined ? text.trim() : undefined;
  };

/** A sentence another service said (Plex), under the same screen as a server's own message. */
const sentence =
  (...keys: string[]): Reader<string> =>
  (details) => {
    const found = first(details, keys);
    return typeof found === 'string' && isShowableSentence(found) ? found.trim() : undefined;
  };

/** One of a known set of words, lower-cased. */
const oneOf =
  <Word extends string>(words: readonly Word[], ...keys: string[]): Reader<Word> =>
  (details) => {
    const found = first(details, keys);
    const word = typeof found === 'string' ? found.trim().toLowerCase() : undefined;
    return words.find((known) => known.toLowerCase() === word);
  };

// ISO 8601 as servers write instants (seed 000: "2025-01-15T12:15:00.000Z").
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** An instant in time, in ms since the epoch. */
const instant =
  (...keys: string[]): Reader<number> =>
  (details) => {
    const found = first(details, keys);
    if (typeof found !== 'string' || !INSTANT.test(found)) return undefined;
    const time = Date.parse(found);
    return Number.isFinite(time) ? time : undefined;
  };

/**
 * An http(s) server address that parses and carries no credentials, as its origin and path: a
 * query or fragment is never shown, since that is where tokens travel (`?X-Plex-Token=…`).
 */
const httpUrl =
  (...keys: string[]): Reader<string> =>
  (details) => {
    const found = first(details, keys);
    const url = typeof found === 'string' && /^https?:\/\//i.test(found.trim()) && found.length <= 200 ? parseHttpUrl(found.trim()) : undefined;
    if (!url || url.username || url.password) return undefined;
    const address = url.origin + url.pathname;
    return findLeak(address, true) === undefined ? address.replace(/\/$/, '') : undefined;
  };

/** A rate-limit window ("minute", "15 minutes", "1 hour") as a number of a unit, to be put in the locale's words. */
const timeWindow =
  (...keys: string[]): Reader<{ value: number; unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' }> =>
  (details) => {
    const found = first(details, keys);
    const match = typeof found === 'string' ? /^(?:(\d{1,4}) ?)?(second|minute|hour|day|week|month)s?$/i.exec(found.trim()) : null;
    if (!match) return undefined;
    const unit = (match[2] ?? '').toLowerCase() as 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';
    return { value: match[1] ? Number(match[1]) : 1, unit };
  };

/** A Plex PIN as seed 000 shows it ("ABCD-EFGH"). */
const pin: Reader<string> = (details) => {
  const found = get(details, 'pin_code');
  return typeof found === 'string' && /^[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){0,3}$/i.test(found) ? found : undefined;
};

/** Node's connection error codes a Plex server's admin can act on (seed 000 `connection_error`). */
export const CONNECTION_ERRORS = ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET'] as const;
/** The periods a quota resets over. */
export const QUOTA_PERIODS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annual', 'hour', 'day', 'week', 'month', 'year'] as const;
/** The units a storage quota is counted in. */
export const QUOTA_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

const MAX_COUNT = 1e15;

/** Each fallback's allow-list: the facts it may show, where a response puts them, and their type. */
export const DETAIL_FACTS = {
  'access-denied': { requiredRole: token('required_role', 'requiredRole'), currentRole: token('current_role', 'currentRole'), permission: token('permission', 'required_permission') },
  conflict: { field: token('conflict_field'), value: userValue(100, 'conflict_value'), state: token('current_state'), expectedStates: tokens('expected_states') },
  payment: { feature: token('feature'), plan: token('plan') },
  quota: { used: count(MAX_COUNT, 'used'), limit: count(MAX_COUNT, 'limit'), unit: oneOf(QUOTA_UNITS, 'unit'), period: oneOf(QUOTA_PERIODS, 'period'), resource: token('feature', 'resource') },
  'rate-limited': { limit: count(MAX_COUNT, 'limit'), window: timeWindow('window') },
  unavailable: { service: token('service') },
  plex: {
    serverUrl: httpUrl('server_url', 'serverUrl'),
    connectionError: oneOf(CONNECTION_ERRORS, 'connection_error'),
    lastReached: instant('last_successful'),
    timeoutMs: count(3_600_000, 'timeout_duration'),
    plexError: sentence('plex_error'),
  },
  pin: { code: pin, expiresAt: instant('expires_at') },
} satisfies Record<string, Record<string, Reader<unknown>>>;

/** A fallback that renders facts from `details`. */
export type FactsKind = keyof typeof DETAIL_FACTS;

/** The checked facts of one fallback's allow-list, each undefined unless present with its type. */
export type FactsOf<Kind extends FactsKind> = { [Fact in keyof (typeof DETAIL_FACTS)[Kind]]: (typeof DETAIL_FACTS)[Kind][Fact] extends Reader<infer T> ? T | undefined : never };

/** The facts `kind`'s fallback may show about `error`, read through its allow-list. */
export function detailFacts<Kind extends FactsKind>(error: ApiError, kind: Kind): FactsOf<Kind> {
  const readers: Record<string, Reader<unknown>> = DETAIL_FACTS[kind];
  const facts: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(readers)) facts[name] = read(error.details);
  return facts as FactsOf<Kind>;
}

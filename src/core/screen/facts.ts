// The only details a fallback renders: an allow-list per fallback (beside it), each fact read
// from known keys with a checked type. A value of the wrong type, an unbounded string, a word outside an
// enum or text carrying a secret is simply not a fact; the rest of `details` stays available to
// developers (the development panel), never to users.
import type { ApiError } from '../ApiError';
import { get } from '../internal/read';
import { parseHttpUrl } from '../format/safeHref';
import { plainSentence, plainWords } from './isPlainSentence';

/** Reads one fact from an error's details, with its type checked; undefined when absent or of another shape. */
export type Reader<T> = (details: Record<string, unknown>) => T | undefined;

/** A reader that names the keys it reads, so a plain copy of an error can carry those and nothing else. */
export type KeyedReader<T> = Reader<T> & { readonly keys: readonly string[] };

/** `read`, naming the keys it reads from. */
export function keyed<T>(keys: readonly string[], read: Reader<T>): KeyedReader<T> {
  return Object.assign(read, { keys: Object.freeze([...keys]) });
}

function first(details: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = get(details, key);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** A finite number from 0 to `max` (a count, a limit, a duration in ms), from a number or a numeric string. */
export const count =
  (max: number, ...keys: string[]): KeyedReader<number> =>
  keyed(keys, (details) => {
    const value = first(details, keys);
    const number = typeof value === 'string' && /^\d{1,15}(?:\.\d{1,6})?$/.test(value.trim()) ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= max ? number : undefined;
  });

// A name a server gives a role, plan, state or feature: letters, digits, spaces, `_ . -`.
const TOKEN = /^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,39}$/u;

/** `found` as a short name (a role, a plan, a state, a service), in the shape names have and a word's shape (never a key's). */
function asToken(found: unknown): string | undefined {
  return typeof found === 'string' && TOKEN.test(found.trim()) && plainSentence(found, 1) !== undefined ? found.trim() : undefined;
}

/** A short name. */
export const token =
  (...keys: string[]): KeyedReader<string> =>
  keyed(keys, (details) => asToken(first(details, keys)));

/** A list of short names. */
export const tokens =
  (key: string): KeyedReader<string[]> =>
  keyed([key], (details) => {
    const found = get(details, key);
    const names = Array.isArray(found) ? found.slice(0, 10).flatMap((item: unknown) => asToken(item) ?? []) : [];
    return names.length > 0 ? names : undefined;
  });

/** A value the user gave (an email, a name), shown whole when short and clean. */
export const userValue =
  (max: number, ...keys: string[]): KeyedReader<string> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    const text = typeof found === 'number' && Number.isFinite(found) ? String(found) : found;
    if (typeof text !== 'string' || text.length > max) return undefined;
    return /^\s*\d{1,15}\s*$/.test(text) ? text.trim() : plainSentence(text, 1);
  });

/** A sentence another service said (an upstream one), under the same test as a server's own message. */
export const sentence =
  (...keys: string[]): KeyedReader<string> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    return plainSentence(found);
  });

/** One of a known set of words, lower-cased. */
export const oneOf =
  <Word extends string>(words: readonly Word[], ...keys: string[]): KeyedReader<Word> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    const word = typeof found === 'string' ? found.trim().toLowerCase() : undefined;
    return words.find((known) => known.toLowerCase() === word);
  });

// ISO 8601 as servers write instants (seed 000: "2025-01-15T12:15:00.000Z").
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** An instant in time, in ms since the epoch. */
export const instant =
  (...keys: string[]): KeyedReader<number> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    if (typeof found !== 'string' || !INSTANT.test(found)) return undefined;
    const time = Date.parse(found);
    return Number.isFinite(time) ? time : undefined;
  });

/**
 * An http(s) server address that parses and carries no credentials, as its origin and path: a
 * query or fragment is never shown, since that is where tokens travel (`?X-Auth-Token=…`).
 */
export const httpUrl =
  (...keys: string[]): KeyedReader<string> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    const url = typeof found === 'string' && /^https?:\/\//i.test(found.trim()) && found.length <= 200 ? parseHttpUrl(found.trim()) : undefined;
    if (!url || url.username || url.password) return undefined;
    // Each segment of the path a word or a number, never a key or an id.
    const segments = url.pathname.split('/').filter(Boolean);
    return segments.every((segment) => /^(?:[a-z-]{1,200}|\d{1,9})$/i.test(segment) || plainWords(segment)) ? (url.origin + url.pathname).replace(/\/$/, '') : undefined;
  });

/** A rate-limit window ("minute", "15 minutes", "1 hour") as a number of a unit, to be put in the locale's words. */
export const timeWindow =
  (...keys: string[]): KeyedReader<{ value: number; unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' }> =>
  keyed(keys, (details) => {
    const found = first(details, keys);
    const match = typeof found === 'string' ? /^(?:(\d{1,4}) ?)?(second|minute|hour|day|week|month)s?$/i.exec(found.trim()) : null;
    if (!match) return undefined;
    const unit = (match[2] ?? '').toLowerCase() as 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';
    return { value: match[1] ? Number(match[1]) : 1, unit };
  });

/** The largest count a fact may state. */
export const MAX_COUNT = 1e15;

/** The facts an allow-list reads: each undefined unless present with its type. */
export type Facts<Readers extends Readonly<Record<string, Reader<unknown>>>> = { [Name in keyof Readers]: Readers[Name] extends Reader<infer T> ? T | undefined : never };

/** The facts a fallback may show about `error`, read through its allow-list (`{ role: token('required_role') }`). */
export function readFacts<Readers extends Readonly<Record<string, Reader<unknown>>>>(error: ApiError, readers: Readers): Facts<Readers> {
  const facts: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(readers)) facts[name] = read(error.details);
  return facts as Facts<Readers>;
}

import { isRecord } from '../internal/read';

/** Reads one header, case-insensitively, from whatever HeadersInit a caller passed. */
export type HeaderReader = (name: string) => string | undefined;

const absent: HeaderReader = () => undefined;

/** The lookup a plain `{ name: value }` object of headers gives (axios, a test, a fixture), by lower-cased name. */
function fromRecord(record: Record<string, unknown>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const key of Object.keys(record).slice(0, 200)) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') byName.set(key.toLowerCase(), String(value));
  }
  return byName;
}

/**
 * A reader over `init`; malformed headers read as absent rather than throwing. A Headers object
 * is read as it is and a plain object through a map, rather than copied into a new Headers each
 * time (most errors are read from one or the other, and this is on the path of every failure).
 */
export function readHeaders(init: unknown): HeaderReader {
  if (init === undefined || init === null) return absent;
  let read: (name: string) => string | null | undefined;
  try {
    if (typeof (init as Headers).get === 'function' && typeof (init as Headers).has === 'function') {
      const headers = init as Headers;
      read = (name) => headers.get(name);
    } else if (isRecord(init) && !(Symbol.iterator in init)) {
      const byName = fromRecord(init);
      read = (name) => byName.get(name);
    } else {
      const headers = new Headers(init as HeadersInit);
      read = (name) => headers.get(name);
    }
  } catch {
    return absent;
  }
  return (name) => {
    try {
      const value = read(name);
      return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
    } catch {
      return undefined;
    }
  };
}

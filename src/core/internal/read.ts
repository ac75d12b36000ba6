// Safe reads of untrusted values: own properties only, so `__proto__`, `constructor` and
// inherited getters are never consulted; a throwing getter reads as undefined.

/** A plain record read from a response; never trusted. */
export type Untrusted = Record<string, unknown>;

/** True for a non-array object. */
export function isRecord(value: unknown): value is Untrusted {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value`, or undefined when absent, inherited or throwing. */
export function get(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Object.hasOwn(value, key) ? (value as Untrusted)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** The first of `keys` that `value` holds as a usable string or number, as text. */
export function text(value: unknown, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = get(value, key);
    if (typeof found === 'string' && found.trim()) return found.trim();
    if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  }
  return undefined;
}

/** A finite number from a number or a numeric string. */
export function toNumber(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

/** An HTTP error status (100-599) from a number or a numeric string. */
export function toStatus(value: unknown): number | undefined {
  const status = toNumber(value);
  return status !== undefined && Number.isInteger(status) && status >= 100 && status < 600 ? status : undefined;
}

/** The value as an array, or [] (capped, so a huge list costs bounded time). */
export function list(value: unknown, max = 100): unknown[] {
  return Array.isArray(value) ? value.slice(0, max) : [];
}

/** The own enumerable entries of `value` except `omit`, as a fresh record; `__proto__` stays inert data. */
export function pick(value: unknown, omit: ReadonlySet<string>, max = 50): Untrusted {
  const out: Untrusted = {};
  if (!isRecord(value)) return out;
  for (const key of Object.keys(value).slice(0, max)) {
    if (!omit.has(key)) Object.defineProperty(out, key, { value: get(value, key), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

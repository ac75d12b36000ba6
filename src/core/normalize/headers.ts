/** Reads one header, case-insensitively, from whatever HeadersInit a caller passed. */
export type HeaderReader = (name: string) => string | undefined;

/** A reader over `init`; malformed headers read as absent rather than throwing. */
export function readHeaders(init: unknown): HeaderReader {
  let headers: Headers | undefined;
  try {
    if (init !== undefined && init !== null) headers = new Headers(init as HeadersInit);
  } catch {
    headers = undefined;
  }
  return (name) => {
    try {
      const value = headers?.get(name);
      return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
    } catch {
      return undefined;
    }
  };
}

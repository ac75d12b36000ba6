// RFC 6901 JSON pointers: how warnings and refusals name a place in a document.

/** One member name as a pointer segment (`/` and `~` escaped). */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer to `segments`, below `base` (`''` is the whole document). */
export function pointerTo(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((segment) => `/${escapeSegment(String(segment))}`).join('');
}

/** The member names a pointer goes through (`/paths/~1links` → `['paths', '/links']`). */
export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

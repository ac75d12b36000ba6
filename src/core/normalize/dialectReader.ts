import type { Dialect, WireError } from './WireError';

// The dialects offered a body are marked in one number's bits. Past 32 dialects the bits wrap
// (the 1st and the 33rd share one), which only ever offers a body to more dialects, never fewer.
const EVERY_DIALECT = -1;

/**
 * Reads a body with the first of `dialects`, in their order, that understands it. The members
 * the dialects name are looked up once per body, and choose which dialects are offered it
 * (`{error: …}` never reaches the GraphQL, JSON:API or FastAPI readers). A body is judged by the
 * members it holds when reading begins (a getter that adds one later is not waited for).
 */
export function dialectReader(dialects: readonly Dialect[]): (body: unknown, contentType: string) => WireError | undefined {
  const list = [...dialects];
  // Each member with the dialects it calls for; dialects that name none are offered every body.
  const byMember = new Map<string, number>();
  let unkeyed = 0;
  list.forEach((dialect, index) => {
    if (!dialect.members) unkeyed |= 1 << index;
    else for (const member of dialect.members) byMember.set(member, (byMember.get(member) ?? 0) | (1 << index));
  });
  const members = [...byMember];

  const offered = (body: unknown): number => {
    if (typeof body !== 'object' || body === null) return unkeyed;
    // A bare array has no members to choose by (JSON:API error objects sent as the document).
    if (Array.isArray(body)) return EVERY_DIALECT;
    let chosen = unkeyed;
    try {
      for (const [member, calledFor] of members) if (Object.hasOwn(body, member)) chosen |= calledFor;
    } catch {
      // A proxy that will not say what it holds: every dialect reads it as well as it can.
      return EVERY_DIALECT;
    }
    return chosen;
  };

  return (body, contentType) => {
    const chosen = offered(body);
    for (let index = 0; index < list.length; index++) {
      const dialect = list[index];
      if (!dialect || (chosen & (1 << index)) === 0) continue;
      const read = dialect(body, contentType);
      if (read) return read;
    }
    return undefined;
  };
}

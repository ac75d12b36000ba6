import type { Dialect, DialectTraits, WireError } from '../normalize/WireError';

/**
 * A dialect with the traits a normalizer uses to skip it or to read its sentences. Call it as
 * `/* @__PURE__ *\/ defineDialect(...)`, so a bundler can still drop the dialects an app leaves out.
 */
export function defineDialect(traits: DialectTraits, read: (body: unknown, contentType: string) => WireError | undefined): Dialect {
  return Object.assign(read, traits);
}

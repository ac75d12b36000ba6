import type { StandardCode } from './standardCodes';

/**
 * Declare your application's codes here once, and every API that takes a code (fallback
 * overrides, `hasCode`, message overrides) accepts them and rejects typos:
 *
 * @example
 * declare module 'api-error-kit/core' {
 *   interface Register { codes: 'INVOICE_LOCKED' | 'SEAT_LIMIT' }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by applications through declaration merging
export interface Register {}

/** The codes an application registered through `Register`, or never. */
export type RegisteredCode = Register extends { codes: infer Codes extends string } ? Codes : never;

/** Every code TypeScript knows: the kit's own and the application's. */
export type ApiErrorCode = StandardCode | RegisteredCode;

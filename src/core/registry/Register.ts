import type { StandardCode } from './standardCodes';

/**
 * Declare your application's codes here once, and every API that takes a code (fallback
 * overrides, `hasCode`, message overrides) accepts them and rejects typos:
 *
 * @example
 * declare module 'api-error-kit/core' {
 *   interface Register { codes: 'INVOICE_LOCKED' | 'SEAT_LIMIT' }
 * }
 *
 * Each member adds its codes: a module generated from an OpenAPI document registers its own
 * under its preset's name (`interface Register { acme: AcmeCode }`), beside the app's `codes`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by applications through declaration merging
export interface Register {}

/** The codes an application registered through `Register` (every member's, together), or never. */
export type RegisteredCode = { [Member in keyof Register]: Register[Member] extends string ? Register[Member] : never }[keyof Register];

/** Every code TypeScript knows: the kit's own and the application's. */
export type ApiErrorCode = StandardCode | RegisteredCode;

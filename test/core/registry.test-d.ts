// Type tests, checked by `tsc` in `npm test`: a typo in a code is a compile error.
import { expectTypeOf } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import type { ErrorCategory } from '../../src/core/ErrorCategory';
import { createRegistry, type Registry } from '../../src/core/registry/createRegistry';
import type { ApiErrorCode, StandardCode } from '../../src/core/index';

const defaultRegistry = createRegistry();

const error = new ApiError({ code: 'TOKEN_EXPIRED', category: 'unauthenticated', message: 'x', retryable: false });

// The kit's own codes are known…
defaultRegistry.hasCode(error, 'TOKEN_EXPIRED');
// …and a misspelt one is rejected.
// @ts-expect-error TOKEN_EXPRIED is not a code
defaultRegistry.hasCode(error, 'TOKEN_EXPRIED');

const app = createRegistry({
  codes: { INVOICE_LOCKED: { category: 'conflict' } },
  messages: { INVOICE_LOCKED: { title: 'Locked' }, TOKEN_EXPIRED: { title: 'Expired' } },
});
expectTypeOf(app).toEqualTypeOf<Registry<StandardCode | 'INVOICE_LOCKED'>>();
// An application's added code is accepted…
app.hasCode(error, 'INVOICE_LOCKED');
// …where the default registry, which does not know it, rejects it.
// @ts-expect-error INVOICE_LOCKED is not a default code
defaultRegistry.hasCode(error, 'INVOICE_LOCKED');

createRegistry({
  // @ts-expect-error a message override for a code nobody declared
  messages: { TOKEN_EXPRIED: { title: 'Expired' } },
});

createRegistry({
  // @ts-expect-error categories come from the contract's list
  codes: { MY_CODE: { category: 'teapot' } },
});

const extended = app.extend({ codes: { SEAT_LIMIT: { category: 'payment' } }, messages: { INVOICE_LOCKED: { message: 'Ask the owner.' } } });
extended.hasCode(error, 'SEAT_LIMIT');
extended.hasCode(error, 'INVOICE_LOCKED');
// @ts-expect-error extend keeps checking codes
extended.hasCode(error, 'SEAT_LIMT');

expectTypeOf<'TOKEN_EXPIRED'>().toExtend<ApiErrorCode>();
expectTypeOf(error.category).toEqualTypeOf<ErrorCategory>();
expectTypeOf(error.status).toEqualTypeOf<number | undefined>();

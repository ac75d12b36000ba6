import { get, isRecord, toStatus } from '../internal/read';
import type { FieldError } from '../FieldError';
import type { WireError } from '../normalize/WireError';
import { isPlainApiError } from './PlainApiError';

// A plain error is read like any body: its code and status go through the registry, its
// sentences through the positive test, its details through redaction and the fallbacks'
// allow-lists, its reference through the reference screen. A response shaped like one gains
// nothing a `{ code, message }` body would not.

/** The field errors of a plain error, each a path and a sentence (a value, if any, is not read). */
function plainFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): FieldError[] => {
    const field = get(item, 'field');
    const message = get(item, 'message');
    const type = get(item, 'type');
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    return [{ field, message, ...(typeof type === 'string' && { type }) }];
  });
}

/** What a plain error (`toPlainError`'s output) says, as a dialect would read it; undefined for anything else. */
export function readPlainError(input: unknown): WireError | undefined {
  if (!isPlainApiError(input)) return undefined;
  const code = get(input, 'code');
  const wait = get(input, 'retryAfterMs');
  const reference = get(input, 'correlationId');
  const sentence = get(input, 'serverMessage');
  const details = get(input, 'details');
  return {
    dialect: 'plain',
    code: typeof code === 'string' ? code : undefined,
    status: toStatus(get(input, 'status')),
    // Only the server's own sentence is read: the kit's words are the receiving kit's to choose.
    message: typeof sentence === 'string' ? sentence : undefined,
    fieldErrors: plainFieldErrors(get(input, 'fieldErrors')),
    retryAfterMs: typeof wait === 'number' ? wait : undefined,
    correlationId: typeof reference === 'string' ? reference : undefined,
    details: isRecord(details) ? details : undefined,
  };
}

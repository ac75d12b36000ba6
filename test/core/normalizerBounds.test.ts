import { runInNewContext } from 'node:vm';
import { seedKit } from '../helpers/kits';
import { describe, expect, it } from 'vitest';
import { FORM_FIELD } from '../../src/core/FieldError';
import { normalizeError } from '../../src/core/normalize/normalizeError';

/** A JSON body of exactly `length` characters, padded with spaces inside the object. */
function jsonOfLength(length: number): string {
  const head = '{"code":"PLAN_EXPIRED","message":"Your plan has expired"';
  return `${head}${' '.repeat(length - head.length - 1)}}`;
}

describe('what normalizeError parses', () => {
  it('parses a JSON body of up to 1,000,000 characters and reads a longer one as opaque text', () => {
    expect(normalizeError(jsonOfLength(1_000_000), { status: 402 })).toMatchObject({ code: 'PLAN_EXPIRED', dialect: 'json' });
    expect(normalizeError(jsonOfLength(1_000_001), { status: 402 })).toMatchObject({ code: 'PAYMENT_REQUIRED', dialect: 'malformed-json' });
  });

  it('parses a JSON body that starts with blank lines', () => {
    expect(normalizeError('\n\n  {"code":"PLAN_EXPIRED"}', { status: 402 })).toMatchObject({ code: 'PLAN_EXPIRED', dialect: 'json' });
  });
});

describe('what normalizeError keeps of the codes, references and field errors a body names', () => {
  it('trims a code, and drops a blank one', () => {
    expect(normalizeError({ code: ' PLAN_EXPIRED ' }, { status: 402 }).code).toBe('PLAN_EXPIRED');
    expect(normalizeError({ code: '   ', message: 'Payment needed' }, { status: 402 }).code).toBe('PAYMENT_REQUIRED');
  });

  it('calls a null body empty', () => {
    expect(normalizeError(null, { status: 500 }).dialect).toBe('empty');
  });

  it('takes the status a body states when the response itself was a success', () => {
    expect(normalizeError({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 200 }).status).toBe(404);
  });

  it('never shows a sentence sent with a 500, whatever its code', () => {
    const error = normalizeError({ code: 'PLAN_EXPIRED', message: 'Your plan expired on Monday' }, { status: 500 });
    expect(error.message).not.toContain('Monday');
    expect(error).not.toHaveProperty('serverMessage');
    expect(normalizeError({ code: 'PLAN_EXPIRED', message: 'Your plan expired on Monday' }, { status: 402 }).serverMessage).toBe('Your plan expired on Monday');
  });

  it('keeps no server sentence it does not show', () => {
    expect(normalizeError({ message: 'SELECT * FROM users WHERE id = 1 failed' }, { status: 400 })).not.toHaveProperty('serverMessage');
  });

  it('keeps a code of up to 100 characters and drops a longer one', () => {
    expect(normalizeError({ code: 'E'.repeat(100) }, { status: 400 }).code).toBe('E'.repeat(100));
    expect(normalizeError({ code: 'E'.repeat(101) }, { status: 400 }).code).toBe('BAD_REQUEST');
  });

  it('takes the Next.js digest of a thrown server error as its support reference', () => {
    expect(normalizeError(Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2837461901' })).correlationId).toBe('2837461901');
  });

  it('makes no field error of a sentence that names no field', () => {
    expect(seedKit('001').normalize({ error: 'Storage quota exceeded' }, { status: 413 })).toMatchObject({ code: 'QUOTA_EXCEEDED', fieldErrors: [] });
    expect(normalizeError({ error: 'Storage quota exceeded' }, { status: 413 })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', fieldErrors: [] });
  });

  it('keeps the field errors a body lists over the field its sentence names', () => {
    const error = normalizeError({ message: 'Email is required', errors: { name: ['The name field is required.'] } }, { status: 400 });
    expect(error.fieldErrors).toEqual([{ field: 'name', message: 'The name field is required.' }]);
  });

  it('shows a field only by a path: a name with spaces or symbols, or one that is a secret, becomes the whole form', () => {
    const error = normalizeError(
      {
        detail: [
          { loc: ['body', 'bad field!'], msg: 'Is invalid', type: 'value_error' },
          { loc: ['body', 'AKIAIOSFODNN7EXAMPLE'], msg: 'Is invalid', type: 'value_error' },
          { loc: ['body', 'address', 'city'], msg: 'Is required', type: 'missing' },
        ],
      },
      { status: 422 },
    );
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual([FORM_FIELD, FORM_FIELD, 'address.city']);
  });

  it('echoes a number as it is, and sets no value where the body gave none', () => {
    const error = normalizeError(
      { detail: [{ loc: ['body', 'seats'], msg: 'At most 50', input: 80 }, { loc: ['body', 'plan'], msg: 'Choose a plan' }] },
      { status: 422 },
    );
    expect(error.fieldErrors).toEqual([
      { field: 'seats', message: 'At most 50', value: 80 },
      { field: 'plan', message: 'Choose a plan' },
    ]);
    expect(error.fieldErrors[1]).not.toHaveProperty('value');
  });
});

describe('errors from another realm', () => {
  it('reads an Error made in another realm (an iframe, a VM) as an error, not as a body', () => {
    const foreign: unknown = runInNewContext('new TypeError("Failed to fetch")');
    expect(foreign instanceof Error).toBe(false);
    expect(normalizeError(foreign)).toMatchObject({ code: 'NETWORK_ERROR', category: 'network' });
  });
});

describe('one reading per failure', () => {
  it('gives the same ApiError for the same object read twice', () => {
    const body = { code: 'PLAN_EXPIRED', message: 'Your plan has expired' };
    expect(normalizeError(body)).toBe(normalizeError(body));
  });

  it('reads the object again when the status differs', () => {
    const body = { message: 'Something went wrong' };
    expect(normalizeError(body, { status: 404 }).code).toBe('NOT_FOUND');
    expect(normalizeError(body, { status: 409 }).code).toBe('CONFLICT');
  });

  it('reads the object again when the headers differ', () => {
    const body = { code: 'RATE_LIMITED', message: 'Slow down' };
    expect(normalizeError(body, { headers: { 'retry-after': '5' } }).retryAfterMs).toBe(5000);
    expect(normalizeError(body, { headers: { 'retry-after': '9' } }).retryAfterMs).toBe(9000);
  });

  it('answers UNKNOWN_ERROR, not retryable, for input that defeats every guard', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalizeError(proxy)).toMatchObject({ code: 'UNKNOWN_ERROR', category: 'unknown', retryable: false, dialect: 'unknown' });
  });
});

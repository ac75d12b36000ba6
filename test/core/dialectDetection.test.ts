import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readBaseQueryError } from '../../src/core/normalize/baseQueryError';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import type { Preset } from '../../src/core/kit/Preset';
import * as presets from '../../src/presets/index';

const PRESETS: Readonly<Record<string, Preset>> = presets;
import { createNormalizer } from '../../src/core/normalize/createNormalizer';
import { dialectReader } from '../../src/core/normalize/dialectReader';
import type { Dialect, WireError } from '../../src/core/normalize/WireError';
import { defineDialect, genericJson } from '../../src/dialects';
import { medianestDialect as medianest } from '../../src/presets/medianest/index';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { STANDARD_EXAMPLES } from '../../fixtures/standardExamples';

// Every dialect of the whole kit, in the order it reads them: the presets' own, then the standard ones.
const EVERY: readonly Dialect[] = [...['medianest', 'saas', 'urlShortener', 'prospects', 'artwork'].flatMap((name) => PRESETS[name]?.dialects ?? []).filter((dialect) => !standardDialects.includes(dialect)), ...standardDialects];
const CONTENT_TYPES = ['application/json', 'application/problem+json', 'application/vnd.api+json', 'text/plain', ''];

/** What reading with every dialect in turn gives: the rule detection by members must keep. */
function inTurn(dialects: readonly Dialect[], body: unknown, contentType: string): WireError | undefined {
  for (const dialect of dialects) {
    const read = dialect(body, contentType);
    if (read) return read;
  }
  return undefined;
}

function parsed(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

const bodies = [...SEED_EXAMPLES, ...STANDARD_EXAMPLES].map((example) => parsed(example.body));
const normalize = createNormalizer({ dialects: EVERY });

describe('dialect detection by a body’s members', () => {
  it.each(CONTENT_TYPES)('reads every seed and standard body as trying each dialect in turn would (content type %j)', (contentType) => {
    for (const body of bodies) {
      const headers = { 'content-type': contentType };
      expect(normalize(body, { headers }).dialect).toBe(inTurn(EVERY, body, contentType)?.dialect ?? 'unknown');
    }
  });

  // Bodies built from the members the dialects look for, so several dialects compete for each.
  const members = fc.constantFrom('error', 'errors', 'error_code', 'error_message', 'detail', 'message', 'code', 'status', 'type', 'title', 'success', 'email', 'data', 'details');
  const values = fc.oneof(
    fc.string(),
    fc.constantFrom('error', 'VALIDATION_ERROR', 'Name is required', 'https://example.com/probs/x'),
    fc.integer({ min: 100, max: 599 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string(), fc.record({ message: fc.string(), msg: fc.string(), loc: fc.array(fc.string()), status: fc.string(), detail: fc.string() }, { requiredKeys: [] })), { maxLength: 3 }),
    fc.record({ code: fc.oneof(fc.string(), fc.integer()), message: fc.string(), details: fc.anything(), context: fc.anything(), status: fc.string() }, { requiredKeys: [] }),
  );
  test.prop([fc.dictionary(members, values, { maxKeys: 6 }), fc.constantFrom(...CONTENT_TYPES)], { numRuns: 2000 })(
    'reads any body of competing members as trying each dialect in turn would',
    (body, contentType) => {
      // What RTK Query hands back (`{status: 404, data}`) is unwrapped before any dialect reads it.
      fc.pre(readBaseQueryError(body) === undefined);
      expect(normalize(body, { headers: { 'content-type': contentType } }).dialect).toBe(inTurn(EVERY, body, contentType)?.dialect ?? 'unknown');
    },
  );

  it('never offers a body to a dialect that names members the body does not hold', () => {
    const offered: unknown[] = [];
    const invoices = defineDialect({ members: ['invoice_error'] }, (body) => {
      offered.push(body);
      return { dialect: 'invoices', code: 'INVOICE_REJECTED' };
    });
    const read = createNormalizer({ dialects: [invoices, genericJson] });
    expect(read({ message: 'Card declined' }, { status: 402 }).dialect).toBe('json');
    expect(read('Card declined', { status: 402 }).dialect).toBe('unknown');
    expect(offered).toEqual([]);
    expect(read({ invoice_error: {} }, { status: 402 })).toMatchObject({ dialect: 'invoices', code: 'INVOICE_REJECTED' });
  });

  it('offers every body to a dialect that names no members, as an app writes one', () => {
    const offered: unknown[] = [];
    const anything: Dialect = (body) => {
      offered.push(body);
      return undefined;
    };
    const read = createNormalizer({ dialects: [anything, ...EVERY] });
    read({ error: { code: 'NOT_FOUND', message: 'No such item' } }, { status: 404 });
    read('Service Unavailable', { status: 503 });
    read([1, 2], { status: 400 });
    expect(offered).toEqual([{ error: { code: 'NOT_FOUND', message: 'No such item' } }, 'Service Unavailable', [1, 2]]);
  });

  it('offers a field map of many members to the dialects its members call for', () => {
    const fields = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`field_${index}`, ['This field is required.']]));
    const body = { ...fields, detail: 'Request was throttled. Expected available in 7 seconds.' };
    expect(normalize(body, { status: 429 }).dialect).toBe(inTurn(EVERY, body, 'application/json')?.dialect);
    expect(normalize(fields, { status: 400 })).toMatchObject({ dialect: 'drf', code: 'VALIDATION_ERROR' });
  });

  it('reads in order with more dialects than it marks at once', () => {
    const never = Array.from({ length: 40 }, (_, index) => defineDialect({ members: [`member_${index}`] }, () => undefined));
    const read = createNormalizer({ dialects: [...never, ...EVERY] });
    const body = { error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server.' } };
    expect(read(body, { status: 503 }).dialect).toBe('medianest');
    expect(createNormalizer({ dialects: [...never, defineDialect({ members: ['member_3'] }, () => ({ dialect: 'late' }))] })({ member_3: 1 }).dialect).toBe('late');
  });

  it('offers a proxy that will not say what it holds to every dialect, without throwing', () => {
    const secretive = new Proxy({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } }, {
      getOwnPropertyDescriptor: () => {
        throw new Error('no descriptors for you');
      },
    });
    // Its members cannot be read at all, so only the reader of any JSON object can make something of it.
    expect(dialectReader([medianest, genericJson])(secretive, 'application/json')).toMatchObject({ dialect: 'json' });
    expect(normalize(secretive, { status: 429 })).toMatchObject({ code: expect.any(String) });
  });
});

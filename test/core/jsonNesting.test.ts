import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../src/core/normalize/jsonNesting';
import { normalizeError } from '../../src/core/normalize/normalizeError';

// Bodies past 16 KB are measured for nesting before they are parsed; one nested deeper than 64
// levels is read as opaque text. These bodies are all past that size, padded by a long string.
const PAD = 'x'.repeat(17_000);

/** A MediaNest-style error body whose details hold `inner` (a JSON value, as text). */
const envelope = (inner: string) => `{"success":false,"error":{"code":"IMPORT_FAILED","message":"The import could not be read.","details":{"log":"${PAD}","value":${inner}}}}`;

const parsed = (body: string) => normalizeError(body, { status: 422 }).code === 'IMPORT_FAILED';

describe('large error bodies and how deep they nest', () => {
  it('parses a large body that nests shallowly', () => {
    expect(parsed(envelope('[1, 2, 3]'))).toBe(true);
  });

  it('reads a large body nested deeper than 64 levels of objects as opaque text', () => {
    const deep = '{"a":'.repeat(70) + '1' + '}'.repeat(70);
    const error = normalizeError(envelope(deep), { status: 422 });
    expect(error).toMatchObject({ dialect: 'malformed-json', code: 'VALIDATION_ERROR' });
    expect(error.message).not.toContain('{');
    // Just inside the bound, it is parsed.
    expect(parsed(envelope('{"a":'.repeat(60) + '1' + '}'.repeat(60)))).toBe(true);
  });

  it('reads a large body nested deeper than 64 levels of arrays as opaque text', () => {
    expect(parsed(envelope('['.repeat(70) + ']'.repeat(70)))).toBe(false);
    expect(parsed(envelope('[{"rows":'.repeat(40) + '[]' + '}]'.repeat(40)))).toBe(false);
  });

  it('counts depth, not the number of brackets: many sibling objects and lists are shallow', () => {
    const rows = Array.from({ length: 120 }, (_, index) => `{"row":${index},"errors":[{"field":"email","message":"Email is required."}]}`);
    expect(parsed(envelope(`[${rows.join(',')}]`))).toBe(true);
    expect(parsed(envelope(`[${Array.from({ length: 120 }, () => '[[]]').join(',')}]`))).toBe(true);
  });

  it('ignores brackets inside strings', () => {
    const bracketed = JSON.stringify(`${'['.repeat(100)}${'{'.repeat(100)}`);
    expect(parsed(envelope(bracketed))).toBe(true);
  });

  it('ignores brackets after an escaped quote inside a string', () => {
    // "\"[[[[…": the escaped quote does not end the string, so the brackets stay inside it.
    const tricky = JSON.stringify(`"${'['.repeat(100)}`);
    expect(tricky.startsWith('"\\"[')).toBe(true);
    expect(parsed(envelope(tricky))).toBe(true);
    const backslashes = JSON.stringify(`C:\\temp\\${'['.repeat(100)}`);
    expect(parsed(envelope(backslashes))).toBe(true);
  });

  it('counts brackets again once a string has ended', () => {
    const deepAfterString = `["${'['.repeat(10)}", ${'['.repeat(70)}${']'.repeat(70)}]`;
    expect(parsed(envelope(deepAfterString))).toBe(false);
    const deepAfterEscapes = `["a\\\\", ${'['.repeat(70)}${']'.repeat(70)}]`;
    expect(parsed(envelope(deepAfterEscapes))).toBe(false);
  });
});

describe('nestsDeeperThan', () => {
  it('is true only past the limit', () => {
    expect(nestsDeeperThan('[{"a":[]}]', 3)).toBe(false);
    expect(nestsDeeperThan('[{"a":[[]]}]', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[", "\\"[[[["]', 1)).toBe(false);
  });
});

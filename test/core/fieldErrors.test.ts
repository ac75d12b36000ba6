import { describe, expect, it } from 'vitest';
import { fieldErrorsFromList, fieldErrorsFromMap, MAX_FIELD_ERRORS } from '../../src/core/normalize/fieldErrors';
import { toFieldPath } from '../../src/core/normalize/fieldPath';

/** `{f0: {f1: … {f<depth>: [message]}}}`: a message `depth` maps below the top. */
function nestedMaps(depth: number): Record<string, unknown> {
  let map: Record<string, unknown> = { [`f${depth}`]: ['Too short'] };
  for (let level = depth - 1; level >= 0; level -= 1) map = { [`f${level}`]: map };
  return map;
}

/** DRF's list fields: `{f0: [{f1: [… {f<depth>: [message]}]}]}`. */
function nestedLists(depth: number): Record<string, unknown> {
  let map: Record<string, unknown> = { [`f${depth}`]: ['Too short'] };
  for (let level = depth - 1; level >= 0; level -= 1) map = { [`f${level}`]: [map] };
  return map;
}

describe('field errors from a list of objects', () => {
  it('keeps a scalar value or a FastAPI null input, never an object, and a type only when there is one', () => {
    const errors = fieldErrorsFromList([
      { field: 'age', message: 'Must be at least 18', value: 16 },
      { loc: ['body', 'nickname'], msg: 'Field required', input: null, type: 'missing' },
      { field: 'address', message: 'Is incomplete', value: { city: '' } },
    ]);
    expect(errors).toEqual([
      { field: 'age', message: 'Must be at least 18', value: 16 },
      { field: 'nickname', message: 'Field required', value: null, type: 'missing' },
      { field: 'address', message: 'Is incomplete' },
    ]);
    expect(errors[0]).not.toHaveProperty('type');
    expect(errors[2]).not.toHaveProperty('value');
  });
});

describe('field errors from a map of fields', () => {
  it('trims messages and reads DRF error details by `message` or `detail`', () => {
    expect(fieldErrorsFromMap({ email: ['  Enter a valid email.  '], username: [{ detail: 'Taken' }], name: [{ message: 'Too long', code: 'max_length' }] })).toEqual([
      { field: 'email', message: 'Enter a valid email.' },
      { field: 'username', message: 'Taken' },
      { field: 'name', message: 'Too long' },
    ]);
  });

  it('takes a bare string as a message only at the top level', () => {
    expect(fieldErrorsFromMap({ email: 'is invalid' })).toEqual([{ field: 'email', message: 'is invalid' }]);
    expect(fieldErrorsFromMap({ address: { city: 'London' } })).toEqual([]);
  });

  it('reads nested maps eight levels below the top and no deeper', () => {
    expect(fieldErrorsFromMap(nestedMaps(8))).toEqual([{ field: 'f0.f1.f2.f3.f4.f5.f6.f7.f8', message: 'Too short' }]);
    expect(fieldErrorsFromMap(nestedMaps(9))).toEqual([]);
  });

  it('reads nested lists of objects eight levels below the top and no deeper', () => {
    expect(fieldErrorsFromMap(nestedLists(8))).toEqual([{ field: 'f0.0.f1.0.f2.0.f3.0.f4.0.f5.0.f6.0.f7.0.f8', message: 'Too short' }]);
    expect(fieldErrorsFromMap(nestedLists(9))).toEqual([]);
  });

  it(`stops at ${MAX_FIELD_ERRORS} in total, however the messages are spread`, () => {
    const wide = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`field${index}`, ['Required']]));
    const long = { tags: Array.from({ length: 150 }, () => 'Too long') };
    expect(fieldErrorsFromMap(wide)).toHaveLength(MAX_FIELD_ERRORS);
    expect(fieldErrorsFromMap(long)).toHaveLength(MAX_FIELD_ERRORS);
  });
});

describe('field paths', () => {
  it('trims a location and keeps at most 256 characters and 32 segments of it', () => {
    expect(toFieldPath('  email ')).toBe('email');
    expect(toFieldPath('a'.repeat(300))).toBe('a'.repeat(256));
    expect(toFieldPath(Array.from({ length: 40 }, (_, index) => `s${index}`)).split('.')).toHaveLength(32);
  });

  it('reads JSON pointers, with their escapes, and only pointers, as pointers', () => {
    expect(toFieldPath('/data/attributes/email')).toBe('email');
    expect(toFieldPath('/data/relationships/owner')).toBe('owner');
    expect(toFieldPath('/data/title')).toBe('title');
    expect(toFieldPath('#/age')).toBe('age');
    expect(toFieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(toFieldPath('items/0')).toBe('items/0');
  });

  it('turns brackets into dots, whatever the index, and drops empty segments', () => {
    expect(toFieldPath('items[10].name')).toBe('items.10.name');
    expect(toFieldPath('address..city')).toBe('address.city');
  });

  it('drops a transport prefix before a field, and a lone `body`, but keeps a field called `query`', () => {
    expect(toFieldPath(['query', 'page'])).toBe('page');
    expect(toFieldPath('body')).toBe('');
    expect(toFieldPath('query')).toBe('query');
  });
});

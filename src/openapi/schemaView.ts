// Reading a JSON Schema (OpenAPI's dialect of it) the way the generator needs: which members an
// object has, whichever `allOf` part declares them, and which literal values a member may take.
import { get, isRecord } from '../core/internal/read';
import { entries, items, member, type Located, type OpenApiDocument } from './OpenApiDocument';

// Compositions nest; past this depth a schema is read as declaring nothing more.
const MAX_DEPTH = 8;

/** The schema's `allOf` parts and itself, resolved, depth first. */
function parts(document: OpenApiDocument, schema: Located, depth: number): Located[] {
  if (depth > MAX_DEPTH || !isRecord(schema.value)) return [];
  return [schema, ...items(document, member(document, schema, 'allOf')).flatMap((part) => parts(document, part, depth + 1))];
}

/** The schema's `oneOf` / `anyOf` alternatives, resolved (itself when it has none). */
export function variantsOf(document: OpenApiDocument, schema: Located): Located[] {
  const alternatives = [...items(document, member(document, schema, 'oneOf')), ...items(document, member(document, schema, 'anyOf'))];
  return alternatives.length > 0 ? alternatives : [schema];
}

/** The members an object of this schema has, by name, from it and its `allOf` parts; with `variants`, its alternatives' too. */
export function propertiesOf(document: OpenApiDocument, schema: Located | undefined, variants = false, depth = 0): Map<string, Located> {
  const found = new Map<string, Located>();
  if (!schema || depth > MAX_DEPTH) return found;
  for (const part of parts(document, schema, depth)) {
    for (const [name, property] of entries(document, member(document, part, 'properties'))) if (!found.has(name)) found.set(name, property);
  }
  if (variants) {
    for (const part of parts(document, schema, depth)) {
      for (const alternative of [...items(document, member(document, part, 'oneOf')), ...items(document, member(document, part, 'anyOf'))]) {
        for (const [name, property] of propertiesOf(document, alternative, true, depth + 1)) if (!found.has(name)) found.set(name, property);
      }
    }
  }
  return found;
}

/** Every definition of member `name` in a schema: in it, its `allOf` parts and its alternatives, the most derived last. */
export function propertySchemas(document: OpenApiDocument, schema: Located, name: string, depth = 0): Located[] {
  if (depth > MAX_DEPTH) return [];
  const found: Located[] = [];
  for (const part of parts(document, schema, depth)) {
    const own = member(document, member(document, part, 'properties') ?? { value: undefined, pointer: part.pointer }, name);
    if (own) found.push(own);
    for (const alternative of [...items(document, member(document, part, 'oneOf')), ...items(document, member(document, part, 'anyOf'))]) found.push(...propertySchemas(document, alternative, name, depth + 1));
  }
  return found;
}

/** The JSON types a schema allows (`type`, 3.1 type lists, `nullable`), from it and its parts. */
export function typesOf(document: OpenApiDocument, schema: Located | undefined): Set<string> {
  const types = new Set<string>();
  if (!schema) return types;
  for (const part of parts(document, schema, 0)) {
    const type = get(part.value, 'type');
    for (const each of Array.isArray(type) ? type : [type]) if (typeof each === 'string') types.add(each);
    if (get(part.value, 'nullable') === true) types.add('null');
    if (types.size === 0 && (get(part.value, 'properties') !== undefined || get(part.value, 'additionalProperties') !== undefined)) types.add('object');
    for (const value of literalsOf(document, part).map((literal) => literal.value)) types.add(value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value);
  }
  for (const variant of schema ? variantsOf(document, schema) : []) if (variant !== schema) for (const type of typesOf(document, variant)) types.add(type);
  return types;
}

/** One value a member may take, with what the document says it means. */
export interface Literal {
  readonly value: unknown;
  readonly meaning?: string;
  readonly title?: string;
  readonly pointer: string;
}

/** A description list beside an enum (`x-enum-descriptions`, `x-enumDescriptions`): by position or by value. */
function enumMeaning(schema: unknown, value: unknown, index: number): string | undefined {
  for (const key of ['x-enum-descriptions', 'x-enumDescriptions']) {
    const list = get(schema, key);
    const found = Array.isArray(list) ? list[index] : typeof value === 'string' ? get(list, value) : undefined;
    if (typeof found === 'string' && found.trim()) return found.trim();
  }
  return undefined;
}

/** Text of a schema's member, trimmed. */
function textOf(schema: unknown, key: string): string | undefined {
  const found = get(schema, key);
  return typeof found === 'string' && found.trim() ? found.trim() : undefined;
}

/** The values a member may take: `enum`, `const`, and alternatives that are each one value (with their descriptions). */
export function literalsOf(document: OpenApiDocument, schema: Located | undefined, depth = 0): Literal[] {
  if (!schema || depth > MAX_DEPTH || !isRecord(schema.value)) return [];
  const found: Literal[] = [];
  const own = schema.value;
  if (Object.hasOwn(own, 'const')) {
    const meaning = textOf(own, 'description');
    const title = textOf(own, 'title');
    found.push({ value: own['const'], pointer: `${schema.pointer}/const`, ...(meaning !== undefined && { meaning }), ...(title !== undefined && { title }) });
  }
  const values = get(own, 'enum');
  if (Array.isArray(values)) {
    values.forEach((value: unknown, index) => {
      const meaning = enumMeaning(own, value, index) ?? (values.length === 1 ? textOf(own, 'description') : undefined);
      found.push({ value, pointer: `${schema.pointer}/enum/${index}`, ...(meaning !== undefined && { meaning }) });
    });
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) for (const part of items(document, member(document, schema, key))) found.push(...literalsOf(document, part, depth + 1));
  return found;
}

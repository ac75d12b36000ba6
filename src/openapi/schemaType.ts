// A JSON Schema as a TypeScript type, for the `details` of each code. Every member is optional
// and read-only: the kit drops debug members and unsafe values, and an app only reads them.
import { get, isRecord } from '../core/internal/read';
import { entries, items, member, type Located, type OpenApiDocument } from './OpenApiDocument';

// Past these a type says `unknown`: details are shown through allow-lists, not walked whole.
const MAX_DEPTH = 4;
const MAX_MEMBERS = 60;
const MAX_LITERALS = 40;

/** A member name as a TypeScript property key. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A literal as a TypeScript literal type, or undefined for values that have none. */
function literalType(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Types joined as a union, each once, in first-seen order (`unknown` swallows the rest). */
function union(types: readonly string[]): string {
  const distinct = [...new Set(types)];
  if (distinct.length === 0) return 'unknown';
  if (distinct.includes('unknown')) return 'unknown';
  return distinct.length === 1 ? (distinct[0] ?? 'unknown') : distinct.map((type) => (/=>/.test(type) ? `(${type})` : type)).join(' | ');
}

/** The object type of a schema's members (its `allOf` parts' included), or undefined when it declares none. */
function objectType(document: OpenApiDocument, schema: Located, depth: number, seen: ReadonlySet<string>): string | undefined {
  const members = new Map<string, Located>();
  let open = false;
  const collect = (part: Located, level: number): void => {
    if (level > MAX_DEPTH || !isRecord(part.value)) return;
    for (const [name, property] of entries(document, member(document, part, 'properties'))) if (!members.has(name)) members.set(name, property);
    const additional = get(part.value, 'additionalProperties');
    if (additional !== undefined && additional !== false) open = true;
    for (const piece of items(document, member(document, part, 'allOf'))) collect(piece, level + 1);
  };
  collect(schema, 0);
  if (members.size === 0) {
    const additional = member(document, schema, 'additionalProperties');
    if (additional && isRecord(additional.value)) return `{ readonly [key: string]: ${schemaType(document, additional, depth + 1, seen)} }`;
    return open ? '{ readonly [key: string]: unknown }' : undefined;
  }
  const lines = [...members].slice(0, MAX_MEMBERS).map(([name, property]) => `readonly ${propertyKey(name)}?: ${schemaType(document, property, depth + 1, seen)}`);
  if (open || members.size > MAX_MEMBERS) lines.push('readonly [key: string]: unknown');
  return `{ ${lines.join('; ')} }`;
}

/** The TypeScript type of values a schema allows; `unknown` where it says too little or nests too deep. */
export function schemaType(document: OpenApiDocument, schema: Located | undefined, depth = 0, seen: ReadonlySet<string> = new Set()): string {
  if (!schema || !isRecord(schema.value) || depth > MAX_DEPTH || seen.has(schema.pointer)) return 'unknown';
  const inside = new Set(seen).add(schema.pointer);
  const own = schema.value;
  if (Object.hasOwn(own, 'const')) return literalType(own['const']) ?? 'unknown';
  const values = get(own, 'enum');
  if (Array.isArray(values) && values.length > 0 && values.length <= MAX_LITERALS) {
    const literals = values.map(literalType);
    if (literals.every((literal): literal is string => literal !== undefined)) return union(literals);
  }
  const alternatives = [...items(document, member(document, schema, 'oneOf')), ...items(document, member(document, schema, 'anyOf'))];
  if (alternatives.length > 0) return union(alternatives.map((alternative) => schemaType(document, alternative, depth + 1, inside)));
  const declared = get(own, 'type');
  const types = (Array.isArray(declared) ? declared : [declared]).filter((type): type is string => typeof type === 'string');
  const nullable = get(own, 'nullable') === true ? ['null'] : [];
  const object = objectType(document, schema, depth, inside);
  if (types.length === 0) {
    // No `type`: members say object; an `allOf` of one part (a common wrapper for a description) is that part.
    const pieces = items(document, member(document, schema, 'allOf'));
    if (object) return union([object, ...nullable]);
    if (pieces.length === 1) return union([schemaType(document, pieces[0], depth + 1, inside), ...nullable]);
    return 'unknown';
  }
  return union([
    ...types.map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array': {
          const element = schemaType(document, member(document, schema, 'items'), depth + 1, inside);
          return `readonly ${/^[\w.]+$/.test(element) ? element : `(${element})`}[]`;
        }
        case 'object':
          return object ?? '{ readonly [key: string]: unknown }';
        default:
          return 'unknown';
      }
    }),
    ...nullable,
  ]);
}

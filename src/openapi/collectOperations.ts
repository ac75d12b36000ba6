// Every operation of a document and the error responses it documents, in the document's order:
// OpenAPI 3.x `content` per media type, Swagger 2.0 `schema` and `examples` per response.
import { get, isRecord } from '../core/internal/read';
import type { GeneratorWarning } from './GeneratorWarning';
import { pointerTo } from './jsonPointer';
import { entries, items, member, type Located, type OpenApiDocument } from './OpenApiDocument';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One example body of an error response. */
export interface ExampleBody {
  readonly value: unknown;
  readonly pointer: string;
  /** The example's own summary or description, which often says what its code means. */
  readonly summary?: string;
}

/** One media type of an error response: its schema and its examples. */
export interface ErrorMedia {
  readonly contentType: string;
  readonly schema?: Located;
  readonly examples: readonly ExampleBody[];
}

/** One error response of an operation. */
export interface ErrorResponse {
  /** `404`, `4XX` or `default`, as the document keys it. */
  readonly key: string;
  /** The HTTP status it stands for (`4XX` as 400); undefined for `default`. */
  readonly status: number | undefined;
  readonly description?: string;
  readonly pointer: string;
  readonly media: readonly ErrorMedia[];
}

/** One operation and its error responses. */
export interface Operation {
  /** Its `operationId`, or one made from its method and path when it has none. */
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly pointer: string;
  readonly responses: readonly ErrorResponse[];
}

/** A response key's status: `404` → 404, `4XX` → 400, `default` → undefined; a 1xx–3xx key → null (not an error). */
function statusOf(key: string): number | undefined | null {
  if (key === 'default') return undefined;
  const match = /^([1-5])(\d\d|XX)$/i.exec(key.trim());
  if (!match?.[1] || !match[2]) return null;
  const status = Number(match[1] + (/x/i.test(match[2]) ? '00' : match[2]));
  return status >= 400 ? status : null;
}

/** Text, trimmed, or undefined. */
function textAt(value: unknown, key: string): string | undefined {
  const found = get(value, key);
  return typeof found === 'string' && found.trim() ? found.trim() : undefined;
}

/** The examples of a media type object (3.x): `example`, `examples`, and the schema's own. */
function mediaExamples(document: OpenApiDocument, media: Located, schema: Located | undefined): ExampleBody[] {
  const found: ExampleBody[] = [];
  const single = get(media.value, 'example');
  if (single !== undefined) found.push({ value: single, pointer: `${media.pointer}/example` });
  for (const [name, example] of entries(document, member(document, media, 'examples'))) {
    const value = get(example.value, 'value');
    const summary = textAt(example.value, 'summary') ?? textAt(example.value, 'description');
    if (value !== undefined) found.push({ value, pointer: `${example.pointer}/value`, ...(summary !== undefined && summary !== name && { summary }) });
  }
  if (found.length === 0 && schema) {
    const own = get(schema.value, 'example');
    if (isRecord(own)) found.push({ value: own, pointer: `${schema.pointer}/example` });
    for (const item of items(document, member(document, schema, 'examples'))) if (isRecord(item.value)) found.push({ value: item.value, pointer: item.pointer });
  }
  return found;
}

/** The media of one error response, 3.x or 2.0. */
function responseMedia(document: OpenApiDocument, response: Located, produces: readonly string[]): ErrorMedia[] {
  const content = member(document, response, 'content');
  if (content) {
    return entries(document, content).map(([contentType, media]) => {
      const schema = member(document, media, 'schema');
      return { contentType, ...(schema && { schema }), examples: mediaExamples(document, media, schema) };
    });
  }
  // Swagger 2.0: one schema for every type the operation produces, and examples keyed by type.
  const schema = member(document, response, 'schema');
  const examples = entries(document, member(document, response, 'examples'));
  const types = [...new Set([...produces, ...examples.map(([type]) => type)])];
  if (!schema && examples.length === 0) return [];
  return (types.length > 0 ? types : ['application/json']).map((contentType) => {
    const example = examples.find(([type]) => type === contentType)?.[1];
    return { contentType, ...(schema && { schema }), examples: example ? [{ value: example.value, pointer: example.pointer }] : [] };
  });
}

/** A name for an operation without `operationId`: its method and path in camel case (`getUsersById`). */
function madeUpId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method + words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
}

/** Every operation of the document with the error responses it documents, and what was odd on the way. */
export function collectOperations(document: OpenApiDocument, warnings: GeneratorWarning[]): Operation[] {
  const operations: Operation[] = [];
  const rootProduces = get(document.root, 'produces');
  const seen = new Set<string>();
  for (const [path, pathItem] of entries(document, member(document, { value: document.root, pointer: '' }, 'paths'))) {
    for (const method of METHODS) {
      const operation = member(document, pathItem, method);
      if (!operation || !isRecord(operation.value)) continue;
      let id = textAt(operation.value, 'operationId');
      if (id === undefined || seen.has(id)) {
        const made = madeUpId(method, path);
        warnings.push({ kind: 'no-operation-id', message: id === undefined ? `${method.toUpperCase()} ${path} has no operationId: it is called \`${made}\`` : `operationId \`${id}\` is used twice: ${method.toUpperCase()} ${path} is called \`${made}\``, pointer: operation.pointer });
        id = made;
      }
      seen.add(id);
      const ownProduces = get(operation.value, 'produces');
      const produces = (Array.isArray(ownProduces) ? ownProduces : Array.isArray(rootProduces) ? rootProduces : []).filter((type): type is string => typeof type === 'string');
      const responses: ErrorResponse[] = [];
      for (const [key, response] of entries(document, member(document, operation, 'responses'))) {
        const status = statusOf(key);
        if (status === null) continue;
        const description = textAt(response.value, 'description');
        responses.push({ key, status, ...(description !== undefined && { description }), pointer: response.pointer, media: responseMedia(document, response, produces) });
      }
      operations.push({ id, method, path, pointer: pointerTo('/paths', path, method), responses });
    }
  }
  return operations;
}


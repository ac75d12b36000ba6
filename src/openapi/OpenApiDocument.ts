import { get, isRecord } from '../core/internal/read';
import { escapeSegment, segmentsOf } from './jsonPointer';
import { OpenApiDocumentError } from './OpenApiDocumentError';

/** A value of a document, with the JSON pointer it was found at (after any `$ref` was followed). */
export interface Located {
  readonly value: unknown;
  readonly pointer: string;
}

/** An OpenAPI 3.0 / 3.1 or Swagger 2.0 document, read and checked, its `$ref`s all internal and resolvable. */
export interface OpenApiDocument {
  /** The file as the user named it. */
  readonly file: string;
  readonly root: Readonly<Record<string, unknown>>;
  /** `2.0`, `3.0.3`, `3.1.0`: the `swagger` or `openapi` member. */
  readonly specVersion: string;
  /** `info.title` and `info.version`. */
  readonly title: string;
  readonly apiVersion: string;
  /** `line:column` of a pointer in the file, when it can be told. */
  lineOf(pointer: string): string | undefined;
}

// A chain of `$ref`s longer than this is a cycle.
const MAX_REF_HOPS = 32;

/** The value at `pointer`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of segmentsOf(pointer)) {
    node = Array.isArray(node) ? node[Number(segment)] : get(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * `value` with its `$ref`s followed: the value it stands for, and that value's own pointer. A
 * `$ref` to another file is left as it is (the caller reads it as unknown); one that leads
 * nowhere, or round in a circle, refuses the document, naming where it is.
 */
export function resolve(document: OpenApiDocument, value: unknown, pointer: string): Located {
  let current: Located = { value, pointer };
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = get(current.value, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    let target: string;
    try {
      target = decodeURIComponent(ref.slice(1));
    } catch {
      target = ref.slice(1);
    }
    const found = valueAt(document.root, target);
    if (found === undefined) {
      const at = `${current.pointer}/$ref`;
      throw new OpenApiDocumentError(document.file, `\`$ref: ${ref}\` leads nowhere: the document has nothing at ${ref}`, { pointer: at, line: document.lineOf(at) });
    }
    current = { value: found, pointer: target };
  }
  throw new OpenApiDocumentError(document.file, `\`$ref\`s at ${pointer} go round in a circle`, { pointer, line: document.lineOf(pointer) });
}

/** The member `key` of a located object, resolved. */
export function member(document: OpenApiDocument, located: Located, key: string): Located | undefined {
  const found = get(located.value, key);
  return found === undefined ? undefined : resolve(document, found, `${located.pointer}/${escapeSegment(key)}`);
}

/** The entries of a located object, each resolved, in the document's order. */
export function entries(document: OpenApiDocument, located: Located | undefined): Array<[string, Located]> {
  if (!located || !isRecord(located.value)) return [];
  return Object.keys(located.value).flatMap((key) => {
    const found = member(document, located, key);
    return found ? [[key, found] as [string, Located]] : [];
  });
}

/** The items of a located array, each resolved. */
export function items(document: OpenApiDocument, located: Located | undefined): Located[] {
  if (!located || !Array.isArray(located.value)) return [];
  return located.value.map((item: unknown, index) => resolve(document, item, `${located.pointer}/${index}`));
}

/** A string member of a located object, trimmed, or undefined. */
export function textOf(located: Located | undefined, key: string): string | undefined {
  const found = get(located?.value, key);
  return typeof found === 'string' && found.trim() !== '' ? found.trim() : undefined;
}

// Reads an OpenAPI 3.0 / 3.1 or Swagger 2.0 document from its text. JSON is read with JSON.parse
// (fast on documents of many megabytes); YAML, and JSON only when a line must be named, with
// `yaml`, whose nodes know their place in the text.
import { LineCounter, parseDocument } from 'yaml';
import { get, isRecord } from '../core/internal/read';
import { segmentsOf } from './jsonPointer';
import type { OpenApiDocument } from './OpenApiDocument';
import { OpenApiDocumentError } from './OpenApiDocumentError';

// YAML aliases expand: a document that expands past this is refused, not read (a "billion laughs").
const MAX_ALIAS_COUNT = 1000;

interface Located {
  readonly root: unknown;
  lineOf(pointer: string): string | undefined;
}

/** The `line:column` of `offset` in `text`. */
function lineAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** A YAML (or JSON) text parsed with its places; refuses it with the first syntax error's line. */
function parseYaml(file: string, text: string): Located {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const [first] = document.errors;
  if (first) {
    const position = first.linePos?.[0];
    throw new OpenApiDocumentError(file, `not valid YAML or JSON: ${(first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, { line: position ? `${position.line}:${position.col}` : undefined });
  }
  let root: unknown;
  try {
    root = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new OpenApiDocumentError(file, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    root,
    lineOf(pointer) {
      const node = document.getIn(segmentsOf(pointer), true);
      const offset = typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range) ? node.range[0] : undefined;
      if (typeof offset !== 'number') return undefined;
      const { line, col } = lineCounter.linePos(offset);
      return `${line}:${col}`;
    },
  };
}

/** A JSON text parsed; its places are found (by parsing it again with `yaml`) only when asked for. */
function parseJson(file: string, text: string): Located {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    throw new OpenApiDocumentError(file, `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`, { line: position === undefined ? undefined : lineAt(text, Number(position)) });
  }
  let places: Located | undefined;
  return {
    root,
    lineOf(pointer) {
      places ??= parseYaml(file, text);
      return places.lineOf(pointer);
    },
  };
}

/** The document in `text` (JSON or YAML), checked to be an OpenAPI 3.x or Swagger 2.0 document with paths. */
export function readDocument(file: string, source: string): OpenApiDocument {
  // A byte order mark is no part of JSON or YAML; editors on some systems write one.
  const text = source.replace(/^\uFEFF/, '');
  const parsed = /^\s*[{[]/.test(text) ? parseJson(file, text) : parseYaml(file, text);
  const { root } = parsed;
  const refuse = (reason: string, pointer: string): never => {
    throw new OpenApiDocumentError(file, reason, { pointer, line: parsed.lineOf(pointer) });
  };
  if (!isRecord(root)) return refuse('is not an OpenAPI document: its top level is not an object', '');
  const openapi = get(root, 'openapi');
  const swagger = get(root, 'swagger');
  const specVersion = typeof openapi === 'string' ? openapi : typeof swagger === 'string' ? swagger : undefined;
  if (specVersion === undefined) return refuse('is not an OpenAPI document: it has no `openapi` (3.x) or `swagger` (2.0) version', '');
  if (!/^(?:3\.[01](?:\.\d+)?|2\.0)$/.test(specVersion)) {
    return refuse(`is OpenAPI ${specVersion}; this generator reads 3.0, 3.1 and Swagger 2.0`, typeof openapi === 'string' ? '/openapi' : '/swagger');
  }
  const info = get(root, 'info');
  if (!isRecord(info)) return refuse('has no `info` object (its title and version name the generated module)', '/info');
  const paths = get(root, 'paths');
  if (paths !== undefined && !isRecord(paths)) return refuse('has `paths` that is not an object', '/paths');
  const title = get(info, 'title');
  const version = get(info, 'version');
  return {
    file,
    root,
    specVersion,
    title: typeof title === 'string' && title.trim() ? title.trim() : 'Untitled API',
    apiVersion: typeof version === 'string' || typeof version === 'number' ? String(version) : '',
    lineOf: (pointer) => parsed.lineOf(pointer),
  };
}

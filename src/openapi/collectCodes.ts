// Every code a document states, with the statuses it is documented at, what it means, the type
// of its details and the operations that return it; and every example body, with what it says.
import { get, isRecord } from '../core/internal/read';
import { codeForStatus } from '../core/registry/standardCodes';
import type { Operation } from './collectOperations';
import { detectFormat, looksLikeCode, type ErrorFormat } from './detectFormat';
import { documentedSentence, documentedTitle } from './documentedWords';
import { codeOfLiteral, codePathOf, detailsPathOf, readAs } from './formatReading';
import type { GeneratorWarning } from './GeneratorWarning';
import { member, type Located, type OpenApiDocument } from './OpenApiDocument';
import { literalsOf, propertiesOf, propertySchemas, variantsOf } from './schemaView';
import { schemaType } from './schemaType';

/** What the document says of one code. */
export interface CodeFacts {
  /** As the kit reads it from a body (a problem type's short name, otherwise as sent). */
  readonly code: string;
  /** The statuses it is documented at, ascending; empty when only in `default` responses. */
  readonly statuses: number[];
  /** Its meaning, as the document first words it. */
  sentence?: string | undefined;
  title?: string | undefined;
  /** Its details' TypeScript types, each with the first place it was read from. */
  readonly details: Map<string, string>;
  /** Where it is first stated. */
  readonly pointer: string;
  /** How it is stated: `enum`, `const`, `example`, `problem type`. */
  readonly sources: Set<string>;
}

/** One example error body, with what the document says it is. */
export interface ExampleFacts {
  readonly operation: string;
  readonly status: number | undefined;
  readonly contentType: string;
  readonly body: unknown;
  readonly pointer: string;
  /** The code the document's format puts in it, when it has one. */
  readonly code?: string;
}

/** A schema's format, counted by the error responses that use it. */
export interface FormatUse {
  readonly format: ErrorFormat;
  readonly pointer: string;
  count: number;
}

/** Everything the generator read from the operations' error responses. */
export interface DocumentErrors {
  readonly codes: Map<string, CodeFacts>;
  /** Per operation id: the codes its error responses state, and the status codes of the ones that state none. */
  readonly operations: Map<string, Set<string>>;
  /** The details types of the responses that state no code, by the kit's code for their status. */
  readonly statusDetails: Map<string, Set<string>>;
  readonly examples: ExampleFacts[];
  readonly formats: FormatUse[];
}

/** The schemas reached from `schema` by `path` (`[]` steps into items), through each alternative. */
function schemasAt(document: OpenApiDocument, schema: Located, path: readonly string[]): Located[] {
  let current: Located[] = [schema];
  for (const step of path) {
    current = current.flatMap((located) => {
      const next = step === '[]' ? [member(document, located, 'items')] : propertySchemas(document, located, step);
      return next.flatMap((each) => (each ? variantsOf(document, each) : []));
    });
  }
  return current;
}

/** A details type as `ApiError.details` can hold it: an object type, never null (the kit gives `{}` for none). */
function asDetails(type: string | undefined): string | undefined {
  const objects = unionMembers(type ?? '').filter((part) => part.startsWith('{'));
  return objects.length > 0 ? objects.join(' | ') : undefined;
}

/** A type's top-level union members (`{ a?: string | number } | null` → two). */
function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < type.length; index++) {
    const char = type[index];
    if (char === '{' || char === '(' || char === '[') depth++;
    else if (char === '}' || char === ')' || char === ']') depth--;
    else if (depth === 0 && type.startsWith(' | ', index)) {
      members.push(type.slice(start, index));
      start = index + 3;
    }
  }
  members.push(type.slice(start));
  return members.filter(Boolean);
}

/** The type of the details a code carries, from the schema (variant) that documents it. */
function detailsType(document: OpenApiDocument, format: ErrorFormat, schema: Located): string | undefined {
  const path = detailsPathOf(format);
  if (path === undefined) return undefined;
  if (path.length > 0) {
    // The most derived definition at each step: an `allOf` part that narrows the envelope's context comes last.
    let holder: Located | undefined = schema;
    for (const step of path) holder = holder ? propertySchemas(document, holder, step).at(-1) : undefined;
    return holder ? asDetails(schemaType(document, holder)) : undefined;
  }
  // The body itself, less the members the format reads as something else.
  const omit = new Set(format.kind === 'problem' ? ['title', 'status', 'detail', 'errors', 'invalid-params', 'code'] : format.kind === 'envelope' ? format.places.omit : []);
  const members = [...propertiesOf(document, schema, false)].filter(([name]) => !omit.has(name));
  if (members.length === 0) return undefined;
  return asDetails(schemaType(document, { value: { type: 'object', properties: Object.fromEntries(members.map(([name, located]) => [name, { $ref: `#${located.pointer}` }])) }, pointer: `${schema.pointer}/(details)` }));
}

/** Reads every error response of every operation. */
export function collectCodes(document: OpenApiDocument, operations: readonly Operation[], warnings: GeneratorWarning[]): DocumentErrors {
  const codes = new Map<string, CodeFacts>();
  const byOperation = new Map<string, Set<string>>();
  const examples: ExampleFacts[] = [];
  const formats = new Map<string, FormatUse>();
  const seenExamples = new Set<string>();
  const statusDetails = new Map<string, Set<string>>();

  const state = (code: string, status: number | undefined, pointer: string, source: string): CodeFacts => {
    let facts = codes.get(code);
    if (!facts) {
      facts = { code, statuses: [], details: new Map(), pointer, sources: new Set() };
      codes.set(code, facts);
    }
    if (status !== undefined && !facts.statuses.includes(status)) facts.statuses.push(status);
    facts.sources.add(source);
    return facts;
  };

  for (const operation of operations) {
    const stated = new Set<string>();
    byOperation.set(operation.id, stated);
    for (const response of operation.responses) {
      const here = new Set<string>();
      const shapes = new Set<string>();
      for (const media of response.media) {
        if (!/json|\*\/\*/i.test(media.contentType)) continue;
        const format = detectFormat(document, media.contentType, media.schema);
        if (media.schema && format.kind !== 'none') {
          const key = `${format.kind}:${JSON.stringify(format.kind === 'envelope' ? format.places : '')}`;
          const use = formats.get(key);
          if (use) use.count++;
          else formats.set(key, { format, pointer: media.schema.pointer, count: 1 });
        }
        const codePath = codePathOf(format);
        // Codes the schema states: per alternative, so each keeps its own details.
        for (const variant of media.schema && codePath ? variantsOf(document, media.schema) : []) {
          const details = detailsType(document, format, variant);
          for (const holder of schemasAt(document, variant, codePath ?? [])) {
            for (const literal of literalsOf(document, holder)) {
              const code = codeOfLiteral(format, literal.value);
              if (code === undefined) continue;
              const facts = state(code, response.status, literal.pointer, format.kind === 'problem' ? 'problem type' : literal.pointer.endsWith('/const') ? 'const' : 'enum');
              facts.sentence ??= documentedSentence(literal.meaning ?? get(variant.value, 'description') as string | undefined);
              facts.title ??= documentedTitle(literal.title ?? (get(variant.value, 'title') as string | undefined));
              if (details !== undefined && !facts.details.has(details)) facts.details.set(details, variant.pointer);
              here.add(code);
            }
          }
        }
        // Codes the examples show.
        const shared = media.schema ? detailsType(document, format, media.schema) : undefined;
        if (shared !== undefined) shapes.add(shared);
        for (const example of media.examples) {
          // A shared response is listed under each operation; its examples are read once.
          if (!isRecord(example.value) || seenExamples.has(example.pointer)) continue;
          seenExamples.add(example.pointer);
          const reading = readAs(format, example.value, media.contentType);
          const code = reading?.code !== undefined && (format.kind === 'problem' || looksLikeCode(reading.code)) ? reading.code : undefined;
          examples.push({ operation: operation.id, status: response.status, contentType: media.contentType, body: example.value, pointer: example.pointer, ...(code !== undefined && { code }) });
          if (code === undefined) continue;
          const facts = state(code, response.status, example.pointer, 'example');
          // A problem's `title` names its type; a summary names the example.
          facts.title ??= documentedTitle(format.kind === 'problem' ? (get(example.value, 'title') as string | undefined) : example.summary);
          if (shared !== undefined && facts.details.size === 0) facts.details.set(shared, media.schema?.pointer ?? example.pointer);
          here.add(code);
        }
      }
      // A response that states one code says what it means; one that states none is read by its status.
      const [only] = here;
      if (here.size === 1 && only !== undefined) {
        const facts = codes.get(only);
        if (facts) facts.sentence ??= documentedSentence(response.description);
      }
      if (here.size === 0 && response.status !== undefined) {
        const code = codeForStatus(response.status);
        here.add(code);
        statusDetails.set(code, new Set([...(statusDetails.get(code) ?? []), ...shapes]));
      }
      for (const code of here) stated.add(code);
    }
  }

  for (const facts of codes.values()) {
    facts.statuses.sort((a, b) => a - b);
    // A heading that only repeats the code ("PLAN_EXPIRED (402)") says nothing the code does not.
    if (facts.title?.includes(facts.code)) facts.title = undefined;
    if (facts.details.size > 1) {
      const [first, second] = [...facts.details.values()];
      warnings.push({ kind: 'conflicting-schemas', message: `code \`${facts.code}\` is documented with ${facts.details.size} different details schemas (#${first ?? ''} and #${second ?? ''}): its details type is their union`, pointer: facts.pointer });
    }
  }
  return { codes, operations: byOperation, statusDetails, examples, formats: [...formats.values()] };
}

// What the generated module will say, decided before it is written: the preset's dialects, the
// codes it declares (those the kit does not already know) with their categories and words, the
// code union, the details per code and the codes per operation.
import type { ErrorCategory } from '../core/ErrorCategory';
import type { CodeEntry } from '../core/registry/CodeEntry';
import { createRegistry } from '../core/registry/createRegistry';
import type { CodeFacts, DocumentErrors } from './collectCodes';
import type { GeneratorWarning } from './GeneratorWarning';
import { mergeEnvelopes, type MergedEnvelope } from './mergeEnvelopes';
import { kebabCase, pascalCase, sorted } from './names';

/** The standard dialects by the format they read, in the kit's detection order. */
export const STANDARD_DIALECT_OF = { problem: 'problemJson', googleRpc: 'googleRpc', graphql: 'graphql', jsonApi: 'jsonApi', okFalse: 'okFalse' } as const;

// Past this many distinct schemas, a code's details are typed as any record.
const MAX_DETAIL_TYPES = 4;
const ANY_DETAILS = 'Readonly<Record<string, unknown>>';

/** One code the preset declares. */
export interface DeclaredCode {
  readonly code: string;
  readonly entry: CodeEntry;
  /** What the document says it is, for a comment beside it. */
  readonly note: string;
}

/** The generated module, decided. */
export interface PresetModel {
  readonly name: string;
  /** The name's PascalCase form, for types (`UrlShortenerCode`). */
  readonly typeName: string;
  /** The envelope dialect, when the API's format is its own. */
  readonly envelope?: MergedEnvelope;
  /** The standard dialects it also speaks (`problemJson`). */
  readonly standardDialects: readonly (typeof STANDARD_DIALECT_OF)[keyof typeof STANDARD_DIALECT_OF][];
  readonly declared: readonly DeclaredCode[];
  /** The English words of the declared codes, by message key. */
  readonly words: ReadonlyMap<string, string>;
  /** Every code as `error.code` holds it, sorted, with its details type. */
  readonly codes: ReadonlyMap<string, string>;
  /** The documented codes the kit's standard registry already knows (under its spelling). */
  readonly standardKnown: readonly string[];
  /** Codes per operation, as `error.code` holds them. */
  readonly operations: ReadonlyMap<string, readonly string[]>;
}

/** What the module will declare, from what the document states. */
export function buildModel(name: string, errors: DocumentErrors, warnings: GeneratorWarning[]): PresetModel {
  const standard = createRegistry();
  const kinds = new Set(errors.formats.map((use) => use.format.kind));
  if (kinds.size > 1) {
    const counts = errors.formats.map((use) => `${use.format.kind} ×${use.count} (#${use.pointer})`);
    warnings.push({ kind: 'mixed-formats', message: `error responses use ${kinds.size} formats, each read by its own dialect: ${counts.join(', ')}` });
  }
  const envelope = mergeEnvelopes(kebabCase(name), errors.formats, warnings);
  const standardDialects = (Object.keys(STANDARD_DIALECT_OF) as (keyof typeof STANDARD_DIALECT_OF)[]).filter((kind) => kinds.has(kind)).map((kind) => STANDARD_DIALECT_OF[kind]);

  const declared: DeclaredCode[] = [];
  const words = new Map<string, string>();
  const spelling = new Map<string, string>();
  const standardKnown: string[] = [];
  const unplaced: string[] = [];
  for (const facts of sorted(errors.codes.keys()).map((code) => errors.codes.get(code)).filter((facts): facts is CodeFacts => facts !== undefined)) {
    const known = standard.codeFor(facts.code);
    if (known !== undefined) {
      // The kit knows it, in every locale: its entry stays, and `error.code` holds the kit's spelling.
      spelling.set(facts.code, known);
      standardKnown.push(known);
      continue;
    }
    spelling.set(facts.code, facts.code);
    const categories = facts.statuses.map((status) => standard.resolve(facts.code, status).category);
    const category: ErrorCategory = categories[0] ?? standard.resolve(facts.code).category;
    if (facts.statuses.length === 0) unplaced.push(`${facts.code} (${category})`);
    const byStatus: Partial<Record<number, ErrorCategory>> = {};
    facts.statuses.forEach((status, index) => {
      const at = categories[index];
      if (at !== undefined && at !== category) byStatus[status] = at;
    });
    const entry: { -readonly [Key in keyof CodeEntry]: CodeEntry[Key] } = { category };
    if (Object.keys(byStatus).length > 0) entry.byStatus = byStatus;
    if (facts.title !== undefined) {
      entry.titleKey = `${name}.${facts.code}.title`;
      words.set(entry.titleKey, facts.title);
    }
    if (facts.sentence !== undefined) {
      entry.messageKey = `${name}.${facts.code}.message`;
      words.set(entry.messageKey, facts.sentence);
    }
    const statuses = facts.statuses.length > 0 ? facts.statuses.join(', ') : 'no status';
    declared.push({ code: facts.code, entry, note: `${statuses}; ${[...facts.sources].join(', ')} at #${facts.pointer}` });
  }
  if (unplaced.length > 0) {
    warnings.push({ kind: 'no-status', message: `${unplaced.length} code${unplaced.length === 1 ? ' is' : 's are'} documented with no status (only in \`default\` responses); each category is read from the code's name: ${unplaced.join(', ')}` });
  }

  const reported = (code: string) => spelling.get(code) ?? standard.codeFor(code) ?? code;
  const detailTypes = new Map<string, Set<string>>();
  const add = (code: string, types: Iterable<string>) => {
    const set = detailTypes.get(code) ?? new Set<string>();
    for (const type of types) set.add(type);
    detailTypes.set(code, set);
  };
  for (const facts of errors.codes.values()) add(reported(facts.code), facts.details.keys());
  for (const [code, types] of errors.statusDetails) add(reported(code), types);
  const operations = new Map<string, string[]>();
  for (const [id, codes] of errors.operations) {
    const own = sorted(new Set([...codes].map(reported)));
    operations.set(id, own);
    for (const code of own) add(code, []);
  }
  const codes = new Map<string, string>();
  for (const code of sorted(detailTypes.keys())) {
    const types = sorted(detailTypes.get(code) ?? []);
    codes.set(code, types.length === 0 || types.length > MAX_DETAIL_TYPES ? ANY_DETAILS : types.join(' | '));
  }
  return {
    name,
    typeName: pascalCase(name),
    ...(envelope && { envelope }),
    standardDialects,
    declared,
    words,
    codes,
    standardKnown: sorted(new Set(standardKnown)),
    operations,
  };
}

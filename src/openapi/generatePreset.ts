// `api-error-kit openapi`'s work, without the file system: a document's text in, a module's text,
// its warnings and what it found out.
import { checkExamples } from './checkExamples';
import { collectCodes, type ExampleFacts } from './collectCodes';
import { collectOperations } from './collectOperations';
import type { GeneratorWarning } from './GeneratorWarning';
import { nameFromTitle } from './names';
import { buildModel, type PresetModel } from './presetModel';
import { readDocument } from './readDocument';
import { renderModule } from './renderModule';
import { validateDocument } from './validateDocument';

// Names the generated module declares or imports: a preset named so would clash with them.
const RESERVED = new Set(['ApiError', 'CodeEntry', 'Preset', 'EnvelopeShape', 'ENVELOPE', 'CODES', 'WORDS', 'OPERATION_CODES', 'ErrorOf', 'errorOf', 'errorWith', 'defineDialect', 'readEnvelope', 'problemJson', 'googleRpc', 'graphql', 'jsonApi', 'okFalse']);

/** What to generate from. */
export interface GenerateOptions {
  /** The document's path as the user gave it (named in the header and in refusals). */
  readonly file: string;
  /** Its text, JSON or YAML. */
  readonly text: string;
  /** The preset's name, an identifier (`acme`); defaults to one made from the document's title. */
  readonly name?: string | undefined;
  /** Where the module will be written, for the header's regenerate command. */
  readonly out?: string | undefined;
}

/** What the generator found, in numbers. */
export interface GenerateSummary {
  readonly title: string;
  readonly version: string;
  readonly operations: number;
  /** Codes in the module's union: the ones the document states, and the kit's codes for statuses that state none. */
  readonly codes: number;
  /** Codes the document states (enums, consts, examples, problem types). */
  readonly stated: number;
  readonly declared: number;
  readonly examples: number;
  /** Examples that say something to check: a code, or a status. */
  readonly examplesChecked: number;
  readonly examplesReadRight: number;
}

/** The module and everything said about it. */
export interface GenerateResult {
  readonly source: string;
  readonly warnings: readonly GeneratorWarning[];
  readonly summary: GenerateSummary;
  readonly model: PresetModel;
  /** The document's example error bodies, with what it says of each. */
  readonly examples: readonly ExampleFacts[];
}

/** The preset module for an OpenAPI document; throws OpenApiDocumentError when the document cannot be read. */
export async function generatePreset(options: GenerateOptions): Promise<GenerateResult> {
  const document = readDocument(options.file, options.text);
  const name = options.name ?? nameFromTitle(document.title);
  if (!/^[A-Za-z_$][\w$]*$/.test(name) || RESERVED.has(name)) {
    throw new TypeError(`--name must be a JavaScript identifier the module does not use itself (it names the preset's export); got "${name}"`);
  }
  const warnings: GeneratorWarning[] = await validateDocument(document);
  const operations = collectOperations(document, warnings);
  const errors = collectCodes(document, operations, warnings);
  const model = buildModel(name, errors, warnings);
  const { checked, readRight } = checkExamples(model, errors.examples, warnings);
  const command = ['npx api-error-kit openapi', options.file, '--name', name, ...(options.out ? ['--out', options.out] : [])].join(' ');
  const source = renderModule(model, { document, command, operationCount: operations.length, warnings });
  return {
    source,
    warnings,
    model,
    examples: errors.examples,
    summary: {
      title: document.title,
      version: document.apiVersion,
      operations: operations.length,
      codes: model.codes.size,
      stated: errors.codes.size,
      declared: model.declared.length,
      examples: errors.examples.length,
      examplesChecked: checked,
      examplesReadRight: readRight,
    },
  };
}

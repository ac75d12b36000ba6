// The generator reads its own output before it writes it: a kit made of the preset (as the module
// declares it) reads every example body of the document, and each one read otherwise than the
// document says is a warning. So "examples read right" is known per run, not only in tests.
import { defineDialect } from '../core/dialects/defineDialect';
import { googleRpc } from '../core/dialects/googleRpc';
import { graphql } from '../core/dialects/graphql';
import { jsonApi } from '../core/dialects/jsonApi';
import { okFalse } from '../core/dialects/okFalse';
import { problemJson } from '../core/dialects/problemJson';
import { readEnvelope } from '../core/dialects/readEnvelope';
import { standardDialects } from '../core/dialects/standardDialects';
import type { ErrorCategory } from '../core/ErrorCategory';
import { createErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import type { Preset } from '../core/kit/Preset';
import type { Dialect } from '../core/normalize/WireError';
import { codeForStatus, STANDARD_CODES } from '../core/registry/standardCodes';
import type { ExampleFacts } from './collectCodes';
import type { GeneratorWarning } from './GeneratorWarning';
import type { PresetModel } from './presetModel';

const STANDARD = { problemJson, googleRpc, graphql, jsonApi, okFalse } as const satisfies Record<PresetModel['standardDialects'][number], Dialect>;

/** The preset the module declares, built in memory from the same model. */
export function presetOf(model: PresetModel): Preset {
  const { envelope } = model;
  const own = envelope ? [defineDialect({ members: envelope.members }, (body) => readEnvelope(body, envelope))] : [];
  return {
    name: model.name,
    dialects: [...own, ...model.standardDialects.map((dialect) => STANDARD[dialect])],
    codes: Object.fromEntries(model.declared.map((declared) => [declared.code, declared.entry])),
    words: { en: Object.fromEntries(model.words) },
  };
}

/** What the document says an example is: its code (in the kit's spelling) and the category its status gives that code. */
export function documentedReading(kit: ErrorKit, example: ExampleFacts): { code?: string; category?: ErrorCategory } {
  if (example.code !== undefined) {
    const code = kit.registry.codeFor(example.code) ?? example.code;
    return { code, category: kit.registry.resolve(code, example.status).category };
  }
  // No code in the body: the status is all the document says.
  return example.status === undefined ? {} : { category: STANDARD_CODES[codeForStatus(example.status)].category };
}

/** How many examples could be checked and how many a kit with the preset reads as documented. */
export function checkExamples(model: PresetModel, examples: readonly ExampleFacts[], warnings: GeneratorWarning[]): { checked: number; readRight: number } {
  const kit = createErrorKit({ presets: [presetOf(model)], dialects: standardDialects });
  let checked = 0;
  let readRight = 0;
  for (const example of examples) {
    const expected = documentedReading(kit, example);
    if (expected.code === undefined && expected.category === undefined) continue;
    checked++;
    const error = kit.normalize(example.body, { ...(example.status !== undefined && { status: example.status }), headers: { 'content-type': example.contentType } });
    const codeRight = expected.code === undefined || error.code === expected.code;
    const categoryRight = expected.category === undefined || error.category === expected.category;
    if (codeRight && categoryRight) readRight++;
    else {
      warnings.push({
        kind: 'unread-example',
        message: `an example of \`${example.operation}\` is read as ${error.code} (${error.category}), where the document says ${expected.code ?? 'no code'} (${expected.category ?? 'no category'}${example.status === undefined ? '' : ` at ${example.status}`})`,
        pointer: example.pointer,
      });
    }
  }
  return { checked, readRight };
}

// Each published document and each product document: the module generated from it type-checks
// under the project's strict options, and a kit built with it reads every example error body of
// the document to the code the body states and the category its status gives that code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit, type ErrorKit } from '../../src/core/kit/createErrorKit';
import type { Preset } from '../../src/core/kit/Preset';
import { createRegistry } from '../../src/core/registry/createRegistry';
import { codeForStatus } from '../../src/core/registry/standardCodes';
import { generatePreset, type GenerateResult } from '../../src/openapi/generatePreset';
import { GENERATED_DIR, generateFixture, OPENAPI_FIXTURES, typecheck } from './openapiDocuments';

/** A code in one spelling (`not_found`, `not-found`, `NotFound` → NOT_FOUND): the kit matches codes so. */
const spelling = (code: string) => code.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase().replace(/[-.\s]/g, '_');
const standard = createRegistry();
const written: string[] = [];

describe.each(OPENAPI_FIXTURES)('the preset generated from $file ($style)', (fixture) => {
  let generated: GenerateResult & { path: string };
  let kit: ErrorKit;

  beforeAll(async () => {
    generated = await generateFixture(fixture);
    written.push(generated.path);
    const module: Record<string, unknown> = await import(/* @vite-ignore */ generated.path);
    kit = createErrorKit({ presets: [module[fixture.name] as Preset], dialects: standardDialects });
  }, 60_000);

  it('reads every example error body to the code it states and the category of that code at its status', () => {
    const misread: string[] = [];
    for (const example of generated.examples) {
      const stated = fixture.codeOf(example.body);
      if (stated === undefined && example.status === undefined) continue;
      const error = kit.normalize(example.body, { ...(example.status !== undefined && { status: example.status }), headers: { 'content-type': example.contentType } });
      const category = standard.resolve(stated ?? codeForStatus(example.status), example.status).category;
      const codeRight = stated === undefined || spelling(error.code) === spelling(stated);
      if (!codeRight || error.category !== category) misread.push(`#${example.pointer}: ${error.code} (${error.category}), documented ${stated ?? '-'} (${category})`);
    }
    expect(misread).toEqual([]);
    expect(generated.summary.examplesReadRight).toBe(generated.summary.examplesChecked);
  });

  it('types every code, every operation and the Register member under its name', () => {
    const typeName = fixture.name[0]?.toUpperCase() + fixture.name.slice(1);
    expect(generated.source).toContain(`export type ${typeName}Code =`);
    expect(generated.source).toContain(`export interface ${typeName}Operations {`);
    expect(generated.source).toContain(`export type ErrorOf<Op extends keyof ${typeName}Operations>`);
    expect(generated.source).toContain(`interface Register {\n    ${fixture.name}: ${typeName}Code;`);
    expect(generated.model.operations.size).toBe(generated.summary.operations);
  });

  it('names the document, its version and the command that regenerates it in its header', () => {
    const header = generated.source.split('\n\n')[0] ?? '';
    expect(header).toContain(`${generated.summary.title} ${generated.summary.version}`);
    expect(header).toContain(`npx api-error-kit openapi ${fixture.file.replace(/\.gz$/, '')} --name ${fixture.name} --out src/api/${fixture.name}.errors.ts`);
    expect(header).toContain(generated.warnings.length === 0 ? 'Warnings: none.' : `Warnings (${generated.warnings.length}):`);
  });
});

describe('the generated modules', () => {
  it('type-check under strict TypeScript, and an operation\'s errors narrow in a switch', async () => {
    // An app's use of one of them: the codes of `createLink`, narrowed, with typed details.
    const usage = join(GENERATED_DIR, 'usage.ts');
    writeFileSync(
      usage,
      [
        "import type { ApiError } from 'api-error-kit/core';",
        "import { errorOf, type ErrorOf } from './urlShortener';",
        'export function describe(caught: ApiError): string {',
        "  const error = errorOf(caught, 'createLink');",
        "  if (!error) return 'other';",
        '  switch (error.code) {',
        "    case 'VALIDATION_ERROR':",
        "      return error.details.validation_errors?.map((field) => field.field).join(', ') ?? '';",
        "    case 'RATE_LIMIT_EXCEEDED':",
        '      return String(error.details.retry_after ?? 0);',
        "    case 'CONFLICT':",
        "      return 'taken';",
        '    default:',
        '      return error.code;',
        '  }',
        '}',
        "// @ts-expect-error getLink cannot fail with CONFLICT",
        "export const impossible: ErrorOf<'getLink'>['code'] = 'CONFLICT';",
        '',
      ].join('\n'),
    );
    // Documents at the edges: no error documented at all, and only a format the kit already reads.
    const graphqlErrors = { type: 'object', properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, extensions: { type: 'object', properties: { code: { enum: ['FORBIDDEN', 'SEAT_LIMIT'] } } } } } } } };
    const edgeDocuments: ReadonlyArray<readonly [string, object]> = [
      ['quiet', { '/ping': { get: { operationId: 'ping', responses: { 204: { description: 'Up' } } } } }],
      ['graphqlOnly', { '/graphql': { post: { responses: { default: { description: 'A failed GraphQL request', content: { 'application/json': { schema: graphqlErrors } } } } } } }],
    ];
    const edges = await Promise.all(
      edgeDocuments.map(async ([name, paths]) => {
        const result = await generatePreset({ file: `${name}.json`, text: JSON.stringify({ openapi: '3.1.0', info: { title: name, version: '1' }, paths }), name });
        const path = join(GENERATED_DIR, `${name}.ts`);
        writeFileSync(path, result.source);
        return path;
      }),
    );
    // And a misuse, so a check that checks nothing cannot pass: its one error is the only one.
    const misuse = join(GENERATED_DIR, 'misuse.ts');
    writeFileSync(misuse, "import type { SaasCode } from './saas';\nexport const code: SaasCode = 'PLAN_EXPRIED';\n");
    expect(written).toHaveLength(OPENAPI_FIXTURES.length);
    const diagnostics = typecheck([...written, ...edges, usage, misuse]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/misuse\.ts:2 .*"PLAN_EXPRIED"/);
  }, 120_000);
});

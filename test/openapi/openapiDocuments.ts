// The OpenAPI documents the generator is tested on (fixtures/openapi, sources in SOURCES.md), each
// with how its example bodies state their code, written here from the document's own words, so the
// tests' expectations do not come from the generator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ts from 'typescript';
import { get } from '../../src/core/internal/read';
import { generatePreset, type GenerateResult } from '../../src/openapi/generatePreset';

/** One document and what its examples say. */
export interface OpenApiFixture {
  readonly file: string;
  readonly name: string;
  readonly style: string;
  /** The code an example body states, by the document's own description of its format. */
  readonly codeOf: (body: unknown) => string | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export const OPENAPI_FIXTURES: readonly OpenApiFixture[] = [
  // RFC 9457: `type` URIs name the problem; the kit's code is the URI's last segment.
  { file: 'fixtures/openapi/rev-ai.json', name: 'revAi', style: 'problem+json with type URIs', codeOf: (body) => text(get(body, 'type'))?.match(/\/([a-z][\w-]*)\/?$/i)?.[1]?.replace(/-/g, '_').toUpperCase() },
  { file: 'fixtures/openapi/dialogporten.json', name: 'dialogporten', style: 'ASP.NET problem details', codeOf: () => undefined },
  // "id: A short identifier corresponding to the HTTP status code returned."
  { file: 'fixtures/openapi/digitalocean.json', name: 'digitalocean', style: 'own envelope {id, message, request_id}', codeOf: (body) => text(get(body, 'id')) },
  { file: 'fixtures/openapi/slack.json', name: 'slack', style: 'ok:false with HTTP 200', codeOf: (body) => text(get(body, 'error')) },
  { file: 'fixtures/openapi/figma.yaml', name: 'figma', style: 'own envelopes, YAML, OpenAPI 3.1', codeOf: () => undefined },
  { file: 'fixtures/openapi/github.json.gz', name: 'github', style: 'large: 845 operations', codeOf: (body) => text(get(body, 'code')) },
  { file: 'fixtures/openapi/url-shortener.yaml', name: 'urlShortener', style: 'product API (seed 003)', codeOf: (body) => text(get(body, 'error_code')) },
  { file: 'fixtures/openapi/saas.yaml', name: 'saas', style: 'product API (seed 004)', codeOf: (body) => text(get(get(body, 'error'), 'code')) },
];

/** Where the tests write generated modules (ignored by git, ESLint and the project's tsc). */
export const GENERATED_DIR = resolve('.openapi-generated');

/** A fixture's text, unzipped when it is stored gzipped. */
export function fixtureText(file: string): string {
  return file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
}

/** The module generated from a fixture, written where a test can import it (under a name of the test's own, as test files run in parallel). */
export async function generateFixture(fixture: OpenApiFixture, fileName = fixture.name): Promise<GenerateResult & { path: string }> {
  const file = fixture.file.replace(/\.gz$/, '');
  const result = await generatePreset({ file, text: fixtureText(fixture.file), name: fixture.name, out: `src/api/${fixture.name}.errors.ts` });
  mkdirSync(GENERATED_DIR, { recursive: true });
  const path = join(GENERATED_DIR, `${fileName}.ts`);
  writeFileSync(path, result.source);
  return { ...result, path };
}

/** The diagnostics of `files` type-checked with the project's compiler options (strict, exact optional types, …). */
export function typecheck(files: readonly string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: [...files], options: { ...config.options, noEmit: true, types: [] } });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file && diagnostic.start !== undefined ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1} ` : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}

// The generator as a tool: the same document gives the same bytes; a document it cannot read is
// refused with the place named; what it notices is a warning on stderr and in the header.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/openapi/cli';
import { generatePreset } from '../../src/openapi/generatePreset';
import { isOpenApiDocumentError } from '../../src/openapi/OpenApiDocumentError';
import { fixtureText } from './openapiDocuments';

/** The command's output, its exit code and what it said. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** The refusal `generatePreset` throws for a document's text. */
async function refusal(text: string, file = 'api.json'): Promise<string> {
  try {
    await generatePreset({ file, text });
  } catch (error) {
    if (isOpenApiDocumentError(error)) return error.message;
    throw error;
  }
  throw new Error('the document was not refused');
}

const minimal = (responses: object, components: object = {}) =>
  JSON.stringify({ openapi: '3.1.0', info: { title: 'Acme', version: '2' }, paths: { '/things': { post: { operationId: 'createThing', responses } } }, components }, null, 2);

describe('api-error-kit openapi: the same input gives the same bytes', () => {
  it.each(['fixtures/openapi/saas.yaml', 'fixtures/openapi/digitalocean.json', 'fixtures/openapi/slack.json'])('writes %s identically twice', async (file) => {
    const text = fixtureText(file);
    const first = await generatePreset({ file, text, name: 'api' });
    const second = await generatePreset({ file, text, name: 'api' });
    expect(second.source).toBe(first.source);
  });

  it('writes the same module from a document whose components come in another order', async () => {
    const doc = JSON.parse(fixtureText('fixtures/openapi/rev-ai.json')) as { components: { responses: Record<string, unknown> } };
    const reordered = { ...doc, components: { ...doc.components, responses: Object.fromEntries(Object.entries(doc.components.responses).reverse()) } };
    const first = await generatePreset({ file: 'rev-ai.json', text: JSON.stringify(doc), name: 'revAi' });
    const second = await generatePreset({ file: 'rev-ai.json', text: JSON.stringify(reordered), name: 'revAi' });
    // Codes, details and words are sorted; only the pointers in comments may name the other component first.
    const withoutComments = (source: string) => source.replace(/^\s*\/\/.*$/gm, '');
    expect(withoutComments(second.source)).toBe(withoutComments(first.source));
  });
});

describe('api-error-kit openapi: documents it refuses, naming the place', () => {
  it('names the line of a JSON syntax error', async () => {
    expect(await refusal('{\n  "openapi": "3.0.0",\n  "info": {,\n}')).toMatch(/^api\.json:3:\d+: not valid JSON/);
  });

  it('names the line of a YAML syntax error', async () => {
    expect(await refusal('openapi: 3.0.0\ninfo:\n  title: x\n  version: 1\npaths:\n  /a: {get: [\n', 'api.yaml')).toMatch(/^api\.yaml:7:1: not valid YAML or JSON/);
  });

  it('names the pointer and line of a $ref that leads nowhere', async () => {
    const message = await refusal(minimal({ 404: { $ref: '#/components/responses/Gone' } }));
    expect(message).toMatch(/^api\.json:\d+:\d+ #\/paths\/~1things\/post\/responses\/404\/\$ref: `\$ref: #\/components\/responses\/Gone` leads nowhere/);
  });

  it('refuses a document that is not OpenAPI, and a version it does not read', async () => {
    expect(await refusal('{"swagger": null, "info": {}}')).toMatch(/has no `openapi` \(3\.x\) or `swagger` \(2\.0\) version/);
    expect(await refusal('openapi: 4.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n', 'api.yaml')).toMatch(/^api\.yaml:1:\d+ #\/openapi: is OpenAPI 4\.0\.0/);
  });

  it('refuses a name that is no identifier', async () => {
    await expect(generatePreset({ file: 'api.json', text: minimal({}), name: 'my-api' })).rejects.toThrow(/--name must be a JavaScript identifier/);
    await expect(generatePreset({ file: 'api.json', text: minimal({}), name: 'errorOf' })).rejects.toThrow(/the module does not use itself/);
  });
});

describe('api-error-kit openapi: warnings are listed, never silent', () => {
  // A code only in a `default` response, and one code with two different details schemas.
  const warned = minimal(
    {
      409: { description: 'Taken', content: { 'application/json': { schema: { $ref: '#/components/schemas/Taken' } } } },
      422: { description: 'Invalid', content: { 'application/json': { schema: { $ref: '#/components/schemas/Invalid' } } } },
      default: { description: 'Anything else', content: { 'application/json': { schema: { $ref: '#/components/schemas/Other' } } } },
    },
    {
      schemas: {
        Taken: { type: 'object', properties: { code: { const: 'NAME_TAKEN' }, message: { type: 'string' }, meta: { type: 'object', properties: { name: { type: 'string' } } } } },
        Invalid: { type: 'object', properties: { code: { enum: ['NAME_TAKEN'] }, message: { type: 'string' }, meta: { type: 'object', properties: { field: { type: 'string' } } } } },
        Other: { type: 'object', properties: { code: { enum: ['WIDGET_JAMMED'] }, message: { type: 'string' } } },
      },
    },
  );

  it('warns of a code with no status and of a code with conflicting schemas, in the header and on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    writeFileSync(join(dir, 'acme.json'), warned);
    const { code, stderr } = await run('openapi', join(dir, 'acme.json'), '--name', 'acme', '--out', join(dir, 'acme.ts'));
    expect(code).toBe(0);
    const header = readFileSync(join(dir, 'acme.ts'), 'utf8').split('\n\n')[0] ?? '';
    for (const said of [/1 code is documented with no status.*WIDGET_JAMMED \(unknown\)/, /code `NAME_TAKEN` is documented with 2 different details schemas/]) {
      expect(header).toMatch(said);
      expect(stderr).toMatch(said);
    }
    expect(header).toContain('Warnings (2):');
  });
});

describe('api-error-kit openapi: the command line', () => {
  it('prints the module without --out, and --check passes on a current file and fails on a stale one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const out = join(dir, 'urlShortener.ts');
    const printed = await run('openapi', 'fixtures/openapi/url-shortener.yaml', '--name', 'urlShortener');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('export const urlShortener: Preset');
    expect((await run('openapi', 'fixtures/openapi/url-shortener.yaml', '--name', 'urlShortener', '--out', out)).code).toBe(0);
    const current = await run('openapi', 'fixtures/openapi/url-shortener.yaml', '--name', 'urlShortener', '--out', out, '--check');
    expect(current).toMatchObject({ code: 0, stdout: '' });
    expect(current.stderr).toContain('is up to date');
    writeFileSync(out, readFileSync(out, 'utf8').replace('CONFLICT', 'CONFLICTS'));
    const stale = await run('openapi', 'fixtures/openapi/url-shortener.yaml', '--name', 'urlShortener', '--out', out, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/is stale[\s\S]*npx api-error-kit openapi fixtures\/openapi\/url-shortener\.yaml --name urlShortener --out /);
  });

  it('says how to use it when misused, and names an unreadable file', async () => {
    expect((await run('openapi')).code).toBe(2);
    expect((await run('openapi', 'x.json', '--check')).stderr).toContain('--check needs --out');
    const missing = await run('openapi', 'no/such/file.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read no/such/file.json');
  });
});

describe('api-error-kit openapi: formats the kit already reads', () => {
  it('gives a GraphQL-over-HTTP error schema to the kit\'s graphql dialect, with its extension codes', async () => {
    const graphql = minimal(
      {
        200: {
          description: 'A GraphQL response; `errors` when the operation failed',
          content: {
            'application/graphql-response+json': {
              schema: {
                type: 'object',
                properties: {
                  data: { type: ['object', 'null'] },
                  errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, locations: { type: 'array' }, path: { type: 'array' }, extensions: { type: 'object', properties: { code: { enum: ['UNAUTHENTICATED', 'RESOURCE_LOCKED'] } } } } } },
                },
              },
            },
          },
        },
        400: { description: 'A request that is no GraphQL request', content: { 'application/graphql-response+json': { schema: { $ref: '#/paths/~1things/post/responses/200/content/application~1graphql-response+json/schema' }, example: { errors: [{ message: 'Cannot query field "nme" on type "User".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } } } },
      },
    );
    const { model, summary } = await generatePreset({ file: 'graphql.json', text: graphql, name: 'acme' });
    expect(model.standardDialects).toEqual(['graphql']);
    expect(model.envelope).toBeUndefined();
    expect([...model.codes.keys()]).toEqual(['GRAPHQL_VALIDATION_FAILED', 'RESOURCE_LOCKED', 'UNAUTHENTICATED']);
    expect(model.declared.map((declared) => declared.code)).toEqual(['RESOURCE_LOCKED']);
    expect(summary).toMatchObject({ examplesChecked: 1, examplesReadRight: 1 });
  });

  it('reads Swagger 2.0: schemas and examples on the response', async () => {
    const swagger = JSON.stringify({
      swagger: '2.0',
      info: { title: 'Legacy', version: '1' },
      produces: ['application/json'],
      paths: { '/orders': { post: { operationId: 'placeOrder', responses: { 402: { description: 'The card was declined.', schema: { $ref: '#/definitions/Error' }, examples: { 'application/json': { error_code: 'CARD_EXPIRED', error_message: 'Your card has expired.' } } } } } } },
      definitions: { Error: { type: 'object', properties: { error_code: { type: 'string' }, error_message: { type: 'string' } } } },
    });
    const { model, summary, source } = await generatePreset({ file: 'legacy.json', text: swagger, name: 'legacy' });
    expect(source).toContain('(Swagger 2.0)');
    expect(model.envelope?.code).toEqual([['error_code']]);
    expect(model.declared).toEqual([expect.objectContaining({ code: 'CARD_EXPIRED', entry: { category: 'payment', messageKey: 'legacy.CARD_EXPIRED.message' } })]);
    expect(model.words.get('legacy.CARD_EXPIRED.message')).toBe('The card was declined.');
    expect(summary).toMatchObject({ operations: 1, examplesChecked: 1, examplesReadRight: 1 });
  });
});

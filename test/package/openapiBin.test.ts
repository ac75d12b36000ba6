import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { packedApp, runNode } from './packedApp';

// `npx api-error-kit openapi` as an app runs it: the bin from the packed tarball writes a module,
// and the app's bundle of that module reads its API's errors with the built kit.
const app = packedApp();
afterAll(() => app.remove());

const USE = `
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { errorOf, urlShortener } from './errors.js';

const kit = createErrorKit({ presets: [urlShortener], dialects: standardDialects });
const error = errorOf(kit.normalize({ success: false, data: { validation_errors: [{ field: 'body.url', message: 'Not a URL', type: 'value_error' }] }, error_code: 'VALIDATION_ERROR', error_message: 'Request validation failed' }, { status: 422 }), 'createLink');
console.log(JSON.stringify({ code: error?.code, category: error?.category, fields: error?.fieldErrors.map((field) => field.field), dialect: error?.dialect }));
`;

describe('the api-error-kit bin from the packed package', () => {
  it('generates a preset module that an app bundles and reads its errors with', async () => {
    copyFileSync(path.resolve('fixtures/openapi/url-shortener.yaml'), path.join(app.dir, 'openapi.yaml'));
    const bin = path.join(app.dir, 'node_modules/api-error-kit/dist/bin/cli.mjs');
    const said = execFileSync(process.execPath, [bin, 'openapi', 'openapi.yaml', '--name', 'urlShortener', '--out', 'src/errors.ts'], { cwd: app.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(said).toBe('');
    execFileSync(process.execPath, [bin, 'openapi', 'openapi.yaml', '--name', 'urlShortener', '--out', 'src/errors.ts', '--check'], { cwd: app.dir, stdio: 'ignore' });
    app.write('src/use.ts', USE);
    await build({ entryPoints: [path.join(app.dir, 'src/use.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(app.dir, 'use.mjs'), absWorkingDir: app.dir, logLevel: 'silent' });
    expect(JSON.parse(runNode(app.dir, 'use.mjs'))).toEqual({ code: 'VALIDATION_ERROR', category: 'validation', fields: ['url'], dialect: 'url-shortener' });
  });
});

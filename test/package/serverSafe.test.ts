import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packedApp } from './packedApp';

// What runs on a server (the kit, the fetch client, normalizeError, isApiError, the dialects,
// toPlainError) is importable from a React Server Component: no module it reaches is a
// `'use client'` module, and it runs under React's server conditions. The React layer's client
// modules are marked one by one, so a server component can still import the root entry: its
// components arrive as client references and its server-safe names as themselves.
const app = packedApp();
afterAll(() => app.remove());

const DIST = path.join(app.dir, 'node_modules/api-error-kit/dist');

/** Every built file `entry` reaches through its relative imports (ESM), itself included. */
function reached(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^'"]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm)) if (specifier) visit(path.resolve(path.dirname(file), specifier));
  };
  visit(path.join(DIST, entry));
  return [...seen];
}

const startsClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(file, 'utf8'));

/** Runs `source` as an ES module with React's server conditions (as a server component's graph is resolved). */
function runOnServer(source: string, loader?: string): string {
  const file = app.write(`server-${Math.random().toString(36).slice(2)}.mjs`, source);
  const args = ['--conditions=react-server', ...(loader ? ['--import', loader] : []), file];
  return execFileSync(process.execPath, args, { cwd: app.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// A stand-in for what an RSC bundler does with a `'use client'` module on the server: each export
// becomes a client reference that can be rendered or passed on, but not called or read into.
const RSC_LOADER = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function load(url, context, next) {
  const result = await next(url, context);
  if (!url.includes('/api-error-kit/dist/') || result.format !== 'module') return result;
  const source = String(result.source);
  if (!/^\\\\s*["']use client["']/.test(source)) return result;
  const list = /export \\\\{([^}]*)\\\\};\\\\s*$/.exec(source);
  const names = list ? list[1].split(',').map((part) => part.trim().split(/\\\\s+as\\\\s+/).pop()).filter(Boolean) : [];
  const stub = 'const reference = (name) => new Proxy(function () { throw new Error("client reference " + name + " called on the server"); }, { get(target, key) {' +
    ' if (key === "$$typeof") return Symbol.for("react.client.reference"); if (key === "$$id") return ' + JSON.stringify(url) + ' + "#" + name;' +
    ' if (key === "then" || typeof key === "symbol") return undefined; throw new Error("Cannot access " + String(key) + " of client reference " + name + " on the server"); } });\\\\n' +
    names.map((name) => 'export const ' + name + ' = reference(' + JSON.stringify(name) + ');').join('\\\\n');
  return { format: 'module', source: stub, shortCircuit: true };
}
\`));
`;

describe('server-safe entries', () => {
  it.each(['core.js', 'fetch.js', 'dialects.js', 'redact.js', 'locales/en.js', 'locales/de.js'])('%s reaches no client module', (entry) => {
    const files = reached(entry);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter(startsClient).map((file) => path.relative(DIST, file))).toEqual([]);
  });

  it('the root, the presets and the SWR and react-query entries are no client module themselves (their components are)', () => {
    for (const entry of ['index.js', 'presets.js', 'presets/medianest.js', 'react/standardFallbacks.js', 'swr.js', 'react-query.js']) expect(startsClient(path.join(DIST, entry))).toBe(false);
    expect(startsClient(path.join(DIST, 'react/ApiErrorFallback.js'))).toBe(true);
    expect(startsClient(path.join(DIST, 'react/fallbacks/ValidationSummary.js'))).toBe(true);
  });

  it('core and fetch run under React’s server conditions: a server component’s fetch fails, and hands on a plain error', () => {
    const out = runOnServer(`
import { createServer } from 'node:http';
import { createErrorKit, isApiError, normalizeError, toPlainError } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createApiClient } from 'api-error-kit/fetch';

const server = createServer((request, response) => {
  response.writeHead(422, { 'content-type': 'application/problem+json', 'x-request-id': 'req_8f14e45f' });
  response.end(JSON.stringify({ title: 'Invalid', status: 422, errors: [{ pointer: '/email', detail: 'Enter an email address.' }] }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const kit = createErrorKit({ dialects: standardDialects });
const api = createApiClient({ baseUrl: 'http://127.0.0.1:' + server.address().port, kit });
try {
  await api('/users', { method: 'POST', body: { email: '' } });
} catch (error) {
  console.log(JSON.stringify({ isApiError: isApiError(error), plain: toPlainError(error, kit), bare: normalizeError({ status: 404 }).code }));
}
server.close();
`);
    const result = JSON.parse(out) as { isApiError: boolean; plain: { code: string; fieldErrors: unknown[]; correlationId?: string }; bare: string };
    expect(result.isApiError).toBe(true);
    expect(result.plain.code).toBe('VALIDATION_ERROR');
    expect(result.plain.fieldErrors).toEqual([{ field: 'email', message: 'Enter an email address.' }]);
    expect(result.plain.correlationId).toBe('req_8f14e45f');
    expect(result.bare).toBe('NOT_FOUND');
  });

  it('a server component may import the root entry: the components are client references, the kit with every fallback and preset is made on the server', () => {
    app.write('rsc-loader.mjs', RSC_LOADER);
    const out = runOnServer(
      `
import { ApiErrorFallback, ValidationSummary, standardFallbacks, signalSignIn, shouldReport } from 'api-error-kit';
import { createErrorKit, toPlainError } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { medianest } from 'api-error-kit/presets/medianest';

const kit = createErrorKit({ presets: [medianest], dialects: standardDialects, fallbacks: standardFallbacks });
const plain = toPlainError(kit.normalize({ error: { code: 'ACCESS_DENIED', message: 'Admins only.', details: { required_role: 'admin' } } }, { status: 403 }), kit);
console.log(JSON.stringify({
  fallback: ApiErrorFallback.$$typeof === Symbol.for('react.client.reference'),
  summary: ValidationSummary.$$typeof === Symbol.for('react.client.reference'),
  unauthenticated: standardFallbacks.unauthenticated.$$typeof === Symbol.for('react.client.reference'),
  functions: [typeof signalSignIn, typeof shouldReport],
  plain,
}));
`,
      './rsc-loader.mjs',
    );
    const result = JSON.parse(out) as { fallback: boolean; summary: boolean; unauthenticated: boolean; functions: string[]; plain: { category: string; details: Record<string, unknown> } };
    expect(result).toMatchObject({ fallback: true, summary: true, unauthenticated: true, functions: ['function', 'function'] });
    expect(result.plain.category).toBe('forbidden');
    expect(result.plain.details).toEqual({ required_role: 'admin' });
  });
});

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_PAGE, packedApp, runNode } from './packedApp';

// An SWR + Vite app as a user writes one, in TypeScript, with the kit from the packed tarball
// and react-query not installed at all: `vite build` and `tsc` pass, and the app's own test
// (real HTTP to a server of its own) passes.
const app = packedApp(['@tanstack/react-query', '@tanstack/query-core']);
afterAll(() => app.remove());

const ROOT = path.resolve(import.meta.dirname, '../..');

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="en"><head><title>Usage</title></head><body><main id="root"></main><script type="module" src="/src/main.tsx"></script></body></html>',
  'src/kit.ts': `import { standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createSwrConfig } from 'api-error-kit/swr';

export const kit = createErrorKit({ dialects: standardDialects, fallbacks: standardFallbacks });
export const swrConfig = createSwrConfig({ kit, onError: (error) => console.info(error.code) });
`,
  'src/App.tsx': `import { Suspense, useMemo } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { ApiErrorBoundary, ApiErrorNotices, ApiErrorProvider } from 'api-error-kit';
import { createApiClient } from 'api-error-kit/fetch';
import { kit, swrConfig } from './kit';

interface Usage { used: number }

function UsagePanel({ api }: { api: <T>(path: string) => Promise<T> }) {
  const { data } = useSWR('/usage', (path: string) => api<Usage>(path), { suspense: true });
  return <h2>{data.used} used</h2>;
}

export function App({ baseUrl }: { baseUrl: string }) {
  const api = useMemo(() => createApiClient({ baseUrl, kit }), [baseUrl]);
  return (
    <SWRConfig value={swrConfig}>
      <ApiErrorProvider kit={kit}>
        <ApiErrorNotices />
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading…</p>}>
            <UsagePanel api={(path) => api(path)} />
          </Suspense>
        </ApiErrorBoundary>
      </ApiErrorProvider>
    </SWRConfig>
  );
}
`,
  'src/main.tsx': `import { createRoot } from 'react-dom/client';
import 'api-error-kit/styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App baseUrl={location.origin + '/api'} />);
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      // The kit's own declarations are checked too: one that needed react-query would fail here.
      skipLibCheck: false,
      noEmit: true,
      types: ['vite/client'],
    },
    include: ['src'],
  }),
  // The app's test: its server fails once, "Try again" fetches again with the fallback on screen.
  'test/app.test.mjs': `${BROWSER_PAGE}
import { createServer } from 'node:http';
import { createElement as h, act } from 'react';
import { createRoot } from 'react-dom/client';
const { App } = await import('../build/App.js');

let requests = 0;
const server = createServer((request, response) => {
  requests += 1;
  const failing = requests === 1;
  response.writeHead(failing ? 500 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  response.end(JSON.stringify(failing ? { error: { code: 'SERVICE_ERROR', message: 'Unexpected' } } : { used: 37 }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = 'http://127.0.0.1:' + server.address().port + '/api';

const settle = (ms) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
async function until(check) {
  for (let waited = 0; waited < 5000 && !check(); waited += 50) await settle(50);
  if (!check()) throw new Error('Timed out; the page shows: ' + document.body.textContent);
}
const root = createRoot(document.getElementById('root'));
await act(async () => root.render(h(App, { baseUrl })));
const tryAgain = () => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Try again');
await until(() => tryAgain() !== undefined);
const fallback = document.querySelector('[data-error-code]').getAttribute('data-error-code');
await act(async () => tryAgain().click());
await until(() => document.querySelector('h2')?.textContent === '37 used');
await settle(100);
console.log(JSON.stringify({ fallback, requests, shown: document.querySelector('h2').textContent }));
root.unmount();
server.close();
`,
};

describe('an SWR + Vite app in TypeScript with react-query not installed', () => {
  beforeAll(() => {
    for (const [file, text] of Object.entries(FILES)) app.write(file, text);
  });

  it('passes tsc, with the kit’s declarations checked', () => {
    let said = '';
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app.dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (failure) {
      said = String((failure as { stdout?: unknown }).stdout ?? failure);
    }
    expect(said).toBe('');
  });

  it('passes vite build, and the bundle holds no react-query', async () => {
    await viteBuild({ root: app.dir, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: 'dist', emptyOutDir: true } });
    const assets = path.join(app.dir, 'dist/assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const js = scripts.map((file) => readFileSync(path.join(assets, file), 'utf8')).join('\n');
    expect(js).toContain('data-error-code');
    expect(js).not.toMatch(/QueryClient|tanstack/);
    expect(readdirSync(assets).some((file) => file.endsWith('.css'))).toBe(true);
  });

  it('passes its own test: a failed panel, "Try again", one more request, the data', async () => {
    // The app's source, compiled as its test runner would; its packages stay its installed ones.
    await esbuild({ entryPoints: [path.join(app.dir, 'src/App.tsx')], absWorkingDir: app.dir, bundle: true, packages: 'external', format: 'esm', platform: 'node', jsx: 'automatic', outfile: path.join(app.dir, 'build/App.js'), logLevel: 'silent' });
    const result = JSON.parse(runNode(app.dir, 'test/app.test.mjs').trim().split('\n').pop() ?? '{}') as { fallback: string; requests: number; shown: string };
    expect(result).toEqual({ fallback: 'SERVICE_ERROR', requests: 2, shown: '37 used' });
  });
});

import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_PAGE, packedApp, runNode } from './packedApp';

// An app on SWR, with no react-query installed at all: the root entry, the boundary and the
// route fallback must neither import it nor need it, in a bundler or in Node.
const app = packedApp(['@tanstack/react-query', '@tanstack/query-core']);
afterAll(() => app.remove());

const APP = `
import { createElement as h, Suspense } from 'react';
import useSWR from 'swr';
import { ApiErrorBoundary, ApiErrorFallback, ApiErrorProvider, standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createApiClient } from 'api-error-kit/fetch';

export const kit = createErrorKit({ dialects: standardDialects, fallbacks: standardFallbacks });
const expired = async () => new Response(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired.' } }), { status: 401, headers: { 'content-type': 'application/json' } });
const api = createApiClient({ baseUrl: 'http://localhost', kit, fetch: expired });

function Profile() {
  const { data } = useSWR('/me', (key) => api(key), { suspense: true, shouldRetryOnError: false });
  return h('p', null, 'Signed in as ' + String(data));
}

export function App() {
  return h(ApiErrorProvider, { kit }, h(ApiErrorBoundary, null, h(Suspense, { fallback: h('p', null, 'Loading') }, h(Profile))));
}

export function RouteError({ error }) {
  return h(ApiErrorProvider, { kit }, h(ApiErrorFallback, { error, reset: () => undefined }));
}
`;

describe('an SWR app with no react-query installed', () => {
  beforeAll(() => {
    app.write('src/app.js', APP);
  });

  it('cannot find react-query, as its own app would not', () => {
    app.write('probe.mjs', "import('@tanstack/react-query').then(() => console.log('present'), () => console.log('absent'));");
    expect(runNode(app.dir, 'probe.mjs').trim()).toBe('absent');
  });

  it('bundles the boundary, the route fallback and the fetch client for the browser', async () => {
    const result = await build({ entryPoints: ['src/app.js'], absWorkingDir: app.dir, bundle: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('data-error-code');
  });

  it('shows the sign-in prompt for a 401 that SWR throws into the boundary, and the route fallback for a thrown response', async () => {
    app.write(
      'run.mjs',
      `${BROWSER_PAGE}
import { createElement as h, act } from 'react';
import { createRoot } from 'react-dom/client';
const { App, RouteError, kit } = await import('./src/app.js');
const root = createRoot(document.getElementById('root'));
await act(async () => root.render(h(App)));
await act(async () => { await new Promise((resolve) => setTimeout(resolve, 50)); });
const boundary = document.body.innerHTML;
await act(async () => root.render(h(RouteError, { error: kit.normalize({ detail: 'Not found' }, { status: 404 }) })));
console.log(JSON.stringify({ boundary, route: document.body.innerHTML }));
root.unmount();
`,
    );
    const { boundary, route } = JSON.parse(runNode(app.dir, 'run.mjs')) as { boundary: string; route: string };
    expect(boundary).toContain('data-error-code="TOKEN_EXPIRED"');
    expect(boundary).toContain('Your session has expired');
    expect(boundary).toMatch(/<a [^>]*href="\/login\?returnTo=%2Frequests"[^>]*>Sign in<\/a>/);
    expect(route).toContain('data-error-category="not-found"');
  });
});

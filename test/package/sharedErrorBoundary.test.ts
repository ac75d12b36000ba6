import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_PAGE, packedApp, runNode } from './packedApp';

// An app that uses react-error-boundary itself (any 6.x) and the kit's boundary: one copy of it,
// the app's, so the app's `useErrorBoundary()` reaches the kit's ApiErrorBoundary.
const app = packedApp();
afterAll(() => app.remove());

describe('an app with its own react-error-boundary', () => {
  it('installs no second copy: the kit asks for it as a peer, ^6', () => {
    const manifest = JSON.parse(readFileSync(path.join(app.dir, 'node_modules/api-error-kit/package.json'), 'utf8')) as { peerDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    expect(manifest.peerDependencies?.['react-error-boundary']).toBe('^6.0.0');
    expect(manifest.dependencies?.['react-error-boundary']).toBeUndefined();
    expect(existsSync(path.join(app.dir, 'node_modules/api-error-kit/node_modules'))).toBe(false);
  });

  it('shows the kit’s fallback for an error the app sends with its own useErrorBoundary()', () => {
    app.write(
      'run.mjs',
      `${BROWSER_PAGE}
import { createElement as h, act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useErrorBoundary } from 'react-error-boundary';
import { ApiErrorBoundary } from 'api-error-kit';

function Save() {
  const { showBoundary } = useErrorBoundary();
  useEffect(() => showBoundary({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down for maintenance' } }), [showBoundary]);
  return h('p', null, 'Saving');
}
const root = createRoot(document.getElementById('root'));
await act(async () => root.render(h(ApiErrorBoundary, null, h(Save))));
console.log(document.body.innerHTML);
root.unmount();
`,
    );
    const html = runNode(app.dir, 'run.mjs');
    expect(html).toContain('data-error-code="SERVICE_UNAVAILABLE"');
    expect(html).not.toContain('Saving');
  });
});

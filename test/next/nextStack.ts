// The examples/next app as a user would have it: installed from the packed tarball, built with
// `next build` (production), served with `next start`, talking to the demo API server, driven
// by Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright';
import { startDemoServer } from '../../examples/demo/server/server.mjs';
import { CHROMIUM_ARGS, type SeenRequest } from '../e2e/demoStack';
import { packedApp } from '../package/packedApp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/next');

/** The built Next.js app, the demo API behind it, and Chromium. */
export interface NextStack {
  appUrl: string;
  appDir: string;
  browser: Browser;
  /** A fresh browser context (its own cookies), signed in unless told otherwise. */
  newContext(options?: { signedIn?: boolean }): Promise<BrowserContext>;
  control(action: string, body?: Record<string, unknown>): Promise<void>;
  requestsTo(path: string): Promise<SeenRequest[]>;
  retryAfterViolations(): Promise<unknown[]>;
  close(): Promise<void>;
}

/** The deepest folder that holds both paths. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`next start did not get ready in ${ms} ms:\n${said}`)), ms);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      if (pattern.test(said)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`next start ended (${code}):\n${said}`));
    });
  });
}

/** Builds the example from the tarball, starts it against a demo API server of its own, and Chromium. */
export async function startNextStack(): Promise<NextStack> {
  const app = packedApp();
  cpSync(EXAMPLE, app.dir, { recursive: true, filter: (source) => !/[\\/](node_modules|\.next)([\\/]|$)/.test(source) });
  // The app's packages are links into this repository's node_modules: Turbopack compiles only
  // files under its root, so the root is where both are (the example's own config otherwise).
  renameSync(path.join(app.dir, 'next.config.mjs'), path.join(app.dir, 'next.config.example.mjs'));
  const root = commonAncestor(realpathSync(app.dir), realpathSync(path.join(ROOT, 'node_modules')));
  writeFileSync(
    path.join(app.dir, 'next.config.mjs'),
    `import config from './next.config.example.mjs';\nexport default { ...config, turbopack: { ...config.turbopack, root: ${JSON.stringify(root)} } };\n`,
  );
  const next = path.join(app.dir, 'node_modules/next/dist/bin/next');
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: app.dir, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);

  const api = await startDemoServer({ port: 0 });
  const port = await freePort();
  const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app.dir, env: { ...env, DEMO_API_URL: api.url }, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForOutput(server, /Ready in|started server/i, 60_000);
  const appUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  const control = async (action: string, body: Record<string, unknown> = {}) => {
    const response = await fetch(`${api.url}/__control/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`control ${action} answered ${response.status}: ${await response.text()}`);
  };
  const stats = async () => (await (await fetch(`${api.url}/__control/stats`)).json()) as { requests: SeenRequest[]; retryAfter: { violations: unknown[] } };
  return {
    appUrl,
    appDir: app.dir,
    browser,
    async newContext({ signedIn = true } = {}) {
      const context = await browser.newContext({ baseURL: appUrl });
      if (signedIn) {
        // The API's session, kept by this site as the sign-in page would keep it.
        const response = await fetch(`${api.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'ada@example.com', password: 'correct horse' }) });
        const session = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '').find((pair) => pair.startsWith('demo_session='));
        if (!response.ok || !session) throw new Error(`sign-in answered ${response.status}`);
        await context.addCookies([{ name: 'demo_session', value: session.slice('demo_session='.length), url: appUrl }]);
      }
      return context;
    },
    control,
    requestsTo: async (prefix) => (await stats()).requests.filter(({ path }) => path.startsWith(prefix)),
    retryAfterViolations: async () => (await stats()).retryAfter.violations,
    async close() {
      await browser.close();
      server.kill();
      await api.close();
      app.remove();
    },
  };
}

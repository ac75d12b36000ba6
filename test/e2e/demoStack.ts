import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { serveBuiltApp } from '../../examples/demo/scripts/serveBuiltApp.mjs';
import { startDemoServer } from '../../examples/demo/server/server.mjs';

/** One request the demo server saw. */
export interface SeenRequest {
  t: number;
  method: string;
  path: string;
  status: number;
  scenario: string;
}

/** What the demo server counted since its last reset. */
export interface ServerStats {
  total: number;
  requests: SeenRequest[];
  retryAfter: { violations: unknown[] };
}

/** The demo API server, the built app in front of it, and Chromium: what a user of the demo has. */
export interface DemoStack {
  appUrl: string;
  browser: Browser;
  /** A fresh browser page (its own cookies), signed in unless told otherwise. */
  newPage(options?: { signedIn?: boolean }): Promise<Page>;
  /** Switches a failure on (`plex-offline`, `expire-session`, `rate-limit`…), as the control panel does. */
  control(action: string, body?: Record<string, unknown>): Promise<void>;
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

/** Chromium as the end-to-end tests run it: headless on a shared machine, no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the whole demo on loopback ports of its own, so test files never share state. */
export async function startDemoStack(): Promise<DemoStack> {
  const api = await startDemoServer({ port: 0 });
  const app = await serveBuiltApp({ root: fileURLToPath(new URL('../../examples/demo/dist', import.meta.url)), apiUrl: api.url });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const control = async (action: string, body: Record<string, unknown> = {}) => {
    const response = await fetch(`${api.url}/__control/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`control ${action} answered ${response.status}: ${await response.text()}`);
  };
  return {
    appUrl: app.url,
    browser,
    async newPage({ signedIn = true } = {}) {
      const context = await browser.newContext({ baseURL: app.url });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw new Error(`The page threw: ${error.message}`);
      });
      if (signedIn) {
        const response = await page.request.post('/api/login', { data: { email: 'ada@example.com', password: 'correct horse' } });
        if (!response.ok()) throw new Error(`sign-in answered ${response.status()}`);
      }
      return page;
    },
    control,
    async stats() {
      return (await (await fetch(`${api.url}/__control/stats`)).json()) as ServerStats;
    },
    async close() {
      await browser.close();
      await app.close();
      await api.close();
    },
  };
}

/**
 * The demo stack of one test file: started before its tests, reset before each, closed after
 * them, when `records()` is written to `reports/<report>`.
 */
export function demoStackForFile(report: string, records: () => unknown): DemoStack {
  let started: DemoStack | undefined;
  const running = (): DemoStack => {
    if (!started) throw new Error('The demo stack starts before the file’s tests: use it inside a test or hook.');
    return started;
  };
  beforeAll(async () => {
    started = await startDemoStack();
  });
  afterAll(async () => {
    await started?.close();
    mkdirSync('reports', { recursive: true });
    writeFileSync(`reports/${report}`, `${JSON.stringify(records(), null, 2)}\n`);
  });
  beforeEach(() => running().control('reset'));
  return {
    get appUrl() {
      return running().appUrl;
    },
    get browser() {
      return running().browser;
    },
    newPage: (options) => running().newPage(options),
    control: (action, body) => running().control(action, body),
    stats: () => running().stats(),
    close: () => running().close(),
  };
}

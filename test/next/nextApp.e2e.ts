import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page } from 'playwright/test';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { LEAKED_DSN, LEAKED_FILE, LEAKED_JWT, LEAKED_SQL } from '../../examples/demo/server/hostile.mjs';
import { startNextStack, type NextStack } from './nextStack';

// examples/next in a Next.js production build, from the packed tarball, against the demo API
// server, in Chromium: a server component's failure shows its own fallback (sign-in prompt,
// countdown, reconnecting), a server action's 422 its field list, "Try again" fetches again,
// and a route that uses nothing of the kit loads none of its JavaScript.

let stack: NextStack;

beforeAll(async () => {
  stack = await startNextStack();
}, 300_000);

afterAll(async () => {
  await stack?.close();
});

beforeEach(async () => {
  await stack.control('reset');
});

/** A page of its own (cookies included) that fails the test if it throws. */
async function openPage(options?: { signedIn?: boolean }): Promise<Page> {
  const context = await stack.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`The page threw: ${error.message}`);
  });
  return page;
}

const LIBRARIES = '/api/medianest/plex/libraries';
const librariesList = (page: Page) => page.getByRole('list', { name: 'Libraries' });

describe('a server component that catches its failure and renders RouteError', () => {
  it('401: the sign-in prompt; signing in brings the user back to the page with its data', async () => {
    const page = await openPage({ signedIn: false });
    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/login\?returnTo=%2Flibrary/);
    await page.getByLabel('Email address').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(librariesList(page)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/library');
    expect((await stack.requestsTo(LIBRARIES)).map(({ status }) => status)).toEqual([401, 200]);
    await page.context().close();
  });

  it('429: the countdown, then the page fetched again once the wait is over, never before', async () => {
    const page = await openPage();
    await stack.control('rate-limit', { calls: 1, retryAfterSeconds: 3, path: LIBRARIES });
    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'Too many requests' })).toBeVisible();
    await expect(page.getByText(/Trying again in/).first()).toBeVisible();
    await expect(librariesList(page)).toBeVisible({ timeout: 20_000 });
    const requests = await stack.requestsTo(LIBRARIES);
    expect(requests.map(({ status }) => status)).toEqual([429, 200]);
    expect((requests[1]?.t ?? 0) - (requests[0]?.t ?? 0)).toBeGreaterThanOrEqual(3000);
    expect(await stack.retryAfterViolations()).toEqual([]);
    await page.context().close();
  });

  it('503: the Plex server is unreachable, the panel reconnects by itself and the page comes back', async () => {
    const page = await openPage();
    await stack.control('plex-offline', { seconds: 4 });
    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'Cannot connect to the Plex server' })).toBeVisible();
    await expect(librariesList(page)).toBeVisible({ timeout: 30_000 });
    const requests = await stack.requestsTo(LIBRARIES);
    expect(requests.at(-1)?.status).toBe(200);
    // A floor of 1 s and gaps of 2 s: a 4 s outage costs a few requests, not dozens.
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.length).toBeLessThanOrEqual(6);
    await page.context().close();
  });

  it('500 whose body leaks internals: the service panel, and nothing secret in the page or the data Next.js sent with it', async () => {
    const page = await openPage();
    await stack.control('leak-internals', { status: '5xx', path: LIBRARIES });
    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' })).toBeVisible();
    // The server's HTML with the flight data of RouteError's props, as the browser received it.
    const html = await (await page.request.get('/library')).text();
    expect(html).toContain('Sorry, there is a problem with the service');
    for (const secret of [LEAKED_DSN, LEAKED_SQL, LEAKED_JWT, LEAKED_FILE, 'ECONNREFUSED', 'password_hash']) {
      expect(html).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
    }
    // A 500 is not retried by itself; the person's "Try again" fetches the page once more.
    await stack.control('leak-internals', { enabled: false });
    await page.waitForTimeout(2500);
    expect((await stack.requestsTo(LIBRARIES)).length).toBe(2);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(librariesList(page)).toBeVisible();
    expect((await stack.requestsTo(LIBRARIES)).map(({ status }) => status)).toEqual([500, 500, 200]);
    await page.context().close();
  });
});

describe('error.tsx, for a server component that does not catch', () => {
  it('shows the generic panel, and "Try again" fetches the page again', async () => {
    const page = await openPage();
    await stack.control('proxy-502', { calls: 1, path: '/api/saas/usage' });
    await page.goto('/report');
    await expect(page.getByRole('heading', { level: 1, name: /Sorry, there is a problem/ })).toBeVisible();
    expect((await stack.requestsTo('/api/saas/usage')).map(({ status }) => status)).toEqual([502]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText(/of \d+ .* used/)).toBeVisible();
    expect((await stack.requestsTo('/api/saas/usage')).map(({ status }) => status)).toEqual([502, 200]);
    await page.context().close();
  });
});

describe('Next.js control flow under ApiErrorBoundary', () => {
  // Followed from a link (a navigation in the browser), so the redirect reaches the boundary in
  // the page's data rather than as the server's HTTP redirect.
  it('redirect() in a server child is followed, not shown as an error', async () => {
    const page = await openPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'The library’s old address' }).click();
    await expect(librariesList(page)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/library');
    await expect(page.getByText(/Sorry, there is a problem/)).toHaveCount(0);
    await page.context().close();
  });

  it('notFound() in a server child shows Next.js’s not-found page, not a failure panel', async () => {
    const page = await openPage();
    await page.goto('/gone');
    await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();
    await expect(page.getByText(/Sorry, there is a problem/)).toHaveCount(0);
    await page.goto('/');
    await page.getByRole('link', { name: 'A request that is gone' }).click();
    await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();
    await expect(page.getByText(/Sorry, there is a problem/)).toHaveCount(0);
    await page.context().close();
  });
});

describe('a server action', () => {
  it('422: the field list, each field marked, and everything typed still there', async () => {
    const page = await openPage();
    await page.goto('/signup');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveCount(2);
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
    await expect(page.getByLabel('Password')).toHaveValue('short');
    const signups = await stack.requestsTo('/api/saas/signup');
    expect(signups.map(({ status }) => status)).toEqual([422]);
    // A link in the summary takes the user to the field.
    await summary.getByRole('link').first().click();
    await expect(page.getByLabel('Email address')).toBeFocused();
    await page.context().close();
  });
});

describe('what a route pays', () => {
  const CHUNKS = () => path.join(stack.appDir, '.next/static/chunks');

  /** The client chunks of the build that hold the kit's code: its class names (`aek-…`) and its messages' prefix are in no other. */
  function kitChunks(): Set<string> {
    const files = readdirSync(CHUNKS(), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    return new Set(files.filter((file) => /aek-|api-error-kit/.test(readFileSync(path.join(CHUNKS(), file), 'utf8'))).map((file) => path.basename(file)));
  }

  /** The script files a page loaded. */
  async function scriptsOf(page: Page, url: string): Promise<string[]> {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(path.basename(new URL(response.url()).pathname));
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return scripts;
  }

  /** The gzipped size of the chunks named, in KB. */
  function gzippedKb(files: readonly string[]): number {
    const all = readdirSync(CHUNKS(), { recursive: true, encoding: 'utf8' });
    const bytes = files.reduce((sum, name) => {
      const file = all.find((candidate) => path.basename(candidate) === name);
      return sum + (file ? gzipSync(readFileSync(path.join(CHUNKS(), file)), { level: 9 }).length : 0);
    }, 0);
    return Math.round(bytes / 10.24) / 100;
  }

  it('a route that uses nothing of the kit loads none of its JavaScript; a route that does, loads it', async () => {
    const chunks = kitChunks();
    expect(chunks.size).toBeGreaterThan(0);
    const page = await openPage();
    const plain = await scriptsOf(page, '/plain');
    await page.getByRole('button', { name: 'Pressed 0 times' }).click();
    await expect(page.getByRole('button', { name: 'Pressed 1 times' })).toBeVisible();
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((file) => chunks.has(file))).toEqual([]);
    const other = await openPage();
    const library = await scriptsOf(other, '/library');
    expect(library.filter((file) => chunks.has(file)).length).toBeGreaterThan(0);
    mkdirSync('reports', { recursive: true });
    const kitOf = (files: string[]) => files.filter((file) => chunks.has(file));
    writeFileSync(
      'reports/next-routes.json',
      `${JSON.stringify({ plain: { scriptsKb: gzippedKb(plain), kitKb: gzippedKb(kitOf(plain)) }, library: { scriptsKb: gzippedKb(library), kitKb: gzippedKb(kitOf(library)) } }, null, 2)}\n`,
    );
    await page.context().close();
    await other.context().close();
  });
});

import { expect, type Page } from 'playwright/test';
import { describe, it } from 'vitest';
import { demoStackForFile, type SeenRequest } from './demoStack';

// End to end, as a person uses the demo: the built app in Chromium, against the real demo API
// server on loopback, failures switched on through its control API. Each scenario records how
// many requests the server saw and how long it took, in reports/e2e-scenarios.json.

const timings: Array<{ scenario: string; seconds: number; requests: number; byRoute: Record<string, number> }> = [];

const stack = demoStackForFile('e2e-scenarios.json', () => timings);

/** Runs a scenario and records the requests the server saw during it, by route. */
async function scenario(name: string, run: () => Promise<void>): Promise<SeenRequest[]> {
  const started = performance.now();
  await run();
  const { requests } = await stack.stats();
  const byRoute: Record<string, number> = {};
  for (const { method, path } of requests) byRoute[`${method} ${path}`] = (byRoute[`${method} ${path}`] ?? 0) + 1;
  timings.push({ scenario: name, seconds: Math.round((performance.now() - started) / 100) / 10, requests: requests.length, byRoute });
  return requests;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

async function signIn(page: Page) {
  await page.getByLabel('Email address').fill('ada@example.com');
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the demo app against its API server', () => {
  it('a session that expires on a loader: sign in, and back on the page with its data', async () => {
    await scenario('session expiry, loader', async () => {
      const page = await stack.newPage();
      await stack.control('expire-session');
      await page.goto('/requests');
      await expect(heading(page, 'Your session has expired')).toBeVisible();
      await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/login\?returnTo=%2Frequests/);
      await signIn(page);
      await expect(heading(page, 'Your media requests')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Requests' })).toBeVisible();
    });
  });

  it('a session that expires while the user fills a form: sign in, come back, and what was typed is there (not the password)', async () => {
    const requests = await scenario('session expiry, form (react-query mutation)', async () => {
      const page = await stack.newPage();
      await page.goto('/signup');
      await page.getByLabel('Email address').fill('grace@example.com');
      await page.getByLabel('Full name').fill('Grace Hopper');
      await page.getByLabel('Password').fill('a long enough password');
      await stack.control('expire-session');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(heading(page, 'Your session has expired')).toBeVisible();
      await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
      await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
      await signIn(page);
      await expect(heading(page, 'Create an account')).toBeVisible();
      await expect(page.getByLabel('Email address')).toHaveValue('grace@example.com');
      await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
      await expect(page.getByLabel('Password')).toHaveValue('');
      await page.getByLabel('Password').fill('a long enough password');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your account has been created.' })).toBeVisible();
    });
    expect(requests.filter(({ method, path }) => method === 'POST' && path === '/api/saas/signup')).toHaveLength(2);
  });

  it('a Plex outage: the Plex panel says so, and comes back by itself when Plex does', async () => {
    const requests = await scenario('Plex outage, react-query panel', async () => {
      const page = await stack.newPage();
      await stack.control('plex-offline', { seconds: 20 });
      await page.goto('/requests');
      // The panel says so from the first failure, and retries by itself.
      await expect(heading(page, 'Cannot connect to the Plex server')).toBeVisible({ timeout: 3000 });
      // The MediaNest preset's own panel (PlexUnreachable), not a generic one: the facts it alone shows.
      const plexPanel = page.getByRole('region', { name: 'Plex server' });
      await expect(plexPanel.getByText('The server refused the connection. Plex Media Server may not be running.')).toBeVisible();
      await expect(plexPanel.getByText('https://plex.local:32400')).toBeVisible();
      await expect(page.getByText('Plex is online')).toBeVisible({ timeout: 60_000 });
    });
    const plex = requests.filter(({ path }) => path === '/api/medianest/plex/status');
    // A floor of 1 s and gaps of 2 s: a 20 s outage costs about a dozen requests, not hundreds.
    expect(plex.length).toBeLessThanOrEqual(14);
  });

  it('an exhausted quota: the usage panel and the upload show the numbers', async () => {
    await scenario('quota exhausted', async () => {
      const page = await stack.newPage();
      await stack.control('exhaust-quota');
      await page.goto('/account');
      await expect(heading(page, 'You have reached your limit')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Usage this month' }).getByText(/150 of 100 used/)).toBeVisible();
      await page.goto('/artwork');
      await page.getByLabel('File name').fill('poster.jpg');
      await page.getByLabel('Size in MB').fill('4');
      await page.getByRole('button', { name: 'Upload artwork' }).click();
      // A number and its unit are held together by a no-break space.
      await expect(page.getByText(/of 500\sMB used/)).toBeVisible();
    });
  });

  it('a rate limit through react-query: no request before the stated wait, then the data', async () => {
    const started = Date.now();
    const requests = await scenario('rate limit, react-query', async () => {
      const page = await stack.newPage();
      await stack.control('rate-limit', { calls: 1, retryAfterSeconds: 3, path: '/api/saas/usage' });
      await page.goto('/account');
      await expect(page.getByRole('region', { name: 'Usage this month' }).getByText(/of \d+ used/)).toBeVisible({ timeout: 20_000 });
    });
    const usage = requests.filter(({ path }) => path === '/api/saas/usage');
    expect(usage.map(({ status }) => status)).toEqual([429, 200]);
    expect((usage[1]?.t ?? 0) - (usage[0]?.t ?? 0)).toBeGreaterThanOrEqual(3000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect((await stack.stats()).retryAfter.violations).toEqual([]);
  });

  it('a rate limit on a loader: a countdown, then the page by itself, with no request before the stated wait', async () => {
    await scenario('rate limit, loader', async () => {
      const page = await stack.newPage();
      await stack.control('rate-limit', { calls: 1, retryAfterSeconds: 3 });
      await page.goto('/requests');
      await expect(heading(page, 'Too many requests')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Trying again in/ })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Requests' })).toBeVisible({ timeout: 20_000 });
    });
    expect((await stack.stats()).retryAfter.violations).toEqual([]);
  });

  it('a proxy’s HTML 502 on a loader: the kit’s words, never the proxy’s page, then the page by itself', async () => {
    const requests = await scenario('proxy HTML 502, loader', async () => {
      const page = await stack.newPage();
      await stack.control('proxy-502', { calls: 1, path: '/api/medianest/requests' });
      await page.goto('/requests');
      await expect(heading(page, 'A service we rely on is not responding')).toBeVisible();
      await expect(page.getByText(/Bad Gateway|nginx/)).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Requests' })).toBeVisible({ timeout: 20_000 });
    });
    const loads = requests.filter(({ path }) => path === '/api/medianest/requests');
    expect(loads.map(({ status }) => status)).toEqual([502, 200]);
  });

  it('field errors in the URL shortener’s dialect (an action) move focus from the summary to the field', async () => {
    await scenario('field errors, URL shortener (action)', async () => {
      const page = await stack.newPage();
      await page.goto('/links');
      await page.getByLabel('Long URL').fill('not a url');
      await page.getByRole('button', { name: 'Shorten' }).click();
      const summary = page.getByRole('alert').filter({ has: heading(page, 'There is a problem') });
      await expect(page.locator('.aek-error-summary')).toBeFocused();
      await summary.getByRole('link').first().click();
      await expect(page.getByLabel('Long URL')).toBeFocused();
      await expect(page.getByLabel('Long URL')).toHaveValue('not a url');
    });
  });

  it('field errors in the SaaS dialect (a mutation) move focus from the summary to the field', async () => {
    await scenario('field errors, SaaS (mutation)', async () => {
      const page = await stack.newPage();
      await page.goto('/signup');
      await page.getByLabel('Email address').fill('not-an-email');
      await page.getByRole('button', { name: 'Create account' }).click();
      const summary = page.getByRole('alert').filter({ has: heading(page, 'There is a problem') });
      await expect(page.locator('.aek-error-summary')).toBeFocused();
      await summary.getByRole('link').first().click();
      await expect(page.locator('input:focus')).toHaveCount(1);
      await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
    });
  });

  it('a route change clears an error', async () => {
    await scenario('route change clears the error', async () => {
      const page = await stack.newPage();
      await stack.control('expire-session');
      await page.goto('/requests');
      await expect(heading(page, 'Your session has expired')).toBeVisible();
      await page.getByRole('navigation').getByRole('link', { name: 'Control panel' }).click();
      await expect(heading(page, 'Control panel')).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });

  it('a session that expires under five panels is one sign-in prompt, and signing in brings all five back', async () => {
    await scenario('session expiry, five panels', async () => {
      const page = await stack.newPage();
      await stack.control('expire-session');
      await page.goto('/dashboard');
      const main = page.getByRole('main');
      await expect(main.getByText('This part of the page will come back when you have signed in.')).toHaveCount(4);
      await expect(main.getByRole('link', { name: 'Sign in' })).toHaveCount(1);
      await expect(page.getByRole('alert')).toHaveCount(1);
      await main.getByRole('link', { name: 'Sign in' }).click();
      await signIn(page);
      await expect(heading(page, 'Dashboard')).toBeVisible();
      for (const panel of ['Requests', 'Plex', 'Prospects', 'Short links', 'Usage']) {
        await expect(page.getByRole('region', { name: panel }).getByText(/requests?$|online|prospects?$|short links?$|of \d+ used/)).toBeVisible();
      }
    });
  });
});

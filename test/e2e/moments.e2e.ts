import { expect, type Page } from 'playwright/test';
import { describe, it } from 'vitest';
import { demoStackForFile, type SeenRequest } from './demoStack';

// The moments a user notices, end to end: the built demo in Chromium against its API server,
// failures switched on through the control API. Each records the time to the first truthful
// state (what the page says is what is happening), the requests the server saw, and where focus
// ended, in reports/e2e-moments.json.

interface Moment {
  moment: string;
  truthfulAfterMs: number;
  requests: number;
  focus: string;
  [measure: string]: unknown;
}
const moments: Moment[] = [];

const stack = demoStackForFile('e2e-moments.json', () => moments);

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

/** Where focus is, said as a person would: the focused element's role and name, or "the page". */
function focusOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page (body)';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 60) ?? '';
    return `${active.tagName.toLowerCase()} "${name}"`;
  });
}

/** Requests the server saw since the last reset, on paths starting with `prefix`. */
async function requestsTo(prefix: string): Promise<SeenRequest[]> {
  return (await stack.stats()).requests.filter(({ path }) => path.startsWith(prefix));
}

/** Records from now whether "Loading…" is ever shown inside `selector` once `armed` text has appeared there. */
async function watchForLoadingFlash(page: Page, selector: string, armed: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ({ selector, armed }) => {
      const state = { armed: false, flashes: 0 };
      (window as unknown as { __flashes: typeof state }).__flashes = state;
      const check = () => {
        const text = document.querySelector(selector)?.textContent ?? '';
        if (text.includes(armed)) state.armed = true;
        else if (state.armed && text.includes('Loading…')) state.flashes += 1;
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { selector, armed },
  );
  return () => page.evaluate(() => (window as unknown as { __flashes: { flashes: number } }).__flashes.flashes);
}

describe('moments that matter, in the demo', () => {
  it('signing in in another tab brings back every panel that was waiting on the session, without a reload', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.appUrl });
    const signedIn = await context.request.post('/api/login', { data: { email: 'ada@example.com', password: 'correct horse' } });
    expect(signedIn.ok()).toBe(true);
    const first = await context.newPage();
    await stack.control('expire-session');
    await first.goto('/dashboard');
    const main = first.getByRole('main');
    await expect(main.getByRole('link', { name: 'Sign in' })).toHaveCount(1);

    const second = await context.newPage();
    await second.goto('/login');
    await second.getByLabel('Email address').fill('ada@example.com');
    await second.getByLabel('Password').fill('correct horse');
    const before = (await stack.stats()).requests.length;
    const started = Date.now();
    await second.getByRole('button', { name: 'Sign in' }).click();
    for (const panel of ['Requests', 'Plex', 'Prospects', 'Short links', 'Usage']) {
      await expect(first.getByRole('region', { name: panel }).getByText(/requests?$|online|prospects?$|short links?$|of \d+ used/)).toBeVisible({ timeout: 10_000 });
    }
    const backAfterMs = Date.now() - started;
    await expect(main.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    moments.push({ moment: 'sign in from another tab (five panels)', truthfulAfterMs: backAfterMs, requests: (await stack.stats()).requests.length - before, focus: await focusOf(first) });
    expect(backAfterMs).toBeLessThan(5000);
    await context.close();
  });

  it('a 429 with Retry-After on a panel: a countdown within a second of the answer, one request, then the data', async () => {
    const page = await stack.newPage();
    await stack.control('rate-limit', { calls: 1, retryAfterSeconds: 5, path: '/api/saas/usage' });
    const started = Date.now();
    await page.goto('/account');
    const usage = page.getByRole('region', { name: 'Usage this month' });
    await expect(usage.getByRole('status').filter({ hasText: /Trying again in/ })).toBeVisible();
    const [refused] = await requestsTo('/api/saas/usage');
    const truthfulAfterMs = Date.now() - started;
    expect(refused?.status).toBe(429);
    expect(await requestsTo('/api/saas/usage')).toHaveLength(1);
    await expect(usage.getByText(/of \d+ used/)).toBeVisible({ timeout: 15_000 });
    const calls = await requestsTo('/api/saas/usage');
    expect(calls.map(({ status }) => status)).toEqual([429, 200]);
    expect((calls[1]?.t ?? 0) - (calls[0]?.t ?? 0)).toBeGreaterThanOrEqual(5000);
    moments.push({ moment: '429 with Retry-After: 5 on a panel', truthfulAfterMs, requests: calls.length, focus: await focusOf(page) });
    // From the page load, which includes building the page: the answer itself is shown at once.
    expect(truthfulAfterMs).toBeLessThan(3000);
    expect((await stack.stats()).retryAfter.violations).toEqual([]);
  });

  it('an outage: reconnecting from the first failure, no loading flash between its retries, the data back within about 2 s of the end', async () => {
    const page = await stack.newPage();
    await page.goto('/requests');
    await expect(page.getByText('Plex is online')).toBeVisible();
    await stack.control('reset');
    const OUTAGE_S = 8;
    await stack.control('plex-offline', { seconds: OUTAGE_S });
    const outageEnds = Date.now() + OUTAGE_S * 1000;
    const started = Date.now();
    await page.reload();
    await expect(heading(page, 'Cannot connect to the Plex server')).toBeVisible();
    const truthfulAfterMs = Date.now() - started;
    const flashes = await watchForLoadingFlash(page, '[aria-labelledby="plex-heading"]', 'Cannot connect to the Plex server');
    await expect(page.getByText('Plex is online')).toBeVisible({ timeout: 30_000 });
    const lateByMs = Date.now() - outageEnds;
    const plex = await requestsTo('/api/medianest/plex/status');
    moments.push({ moment: `Plex outage of ${OUTAGE_S} s`, truthfulAfterMs, requests: plex.length, focus: await focusOf(page), dataBackAfterOutageMs: lateByMs, loadingFlashes: await flashes() });
    expect(await flashes()).toBe(0);
    expect(lateByMs).toBeLessThan(3000);
    // One request at first, then about one every 2 s: a handful, never a storm.
    expect(plex.length).toBeLessThanOrEqual(OUTAGE_S / 2 + 3);
  });

  it('"Try again" on a 500: the fallback stays, busy, while one request is tried; the data comes back with focus on it and a polite announcement', async () => {
    const page = await stack.newPage();
    await stack.control('leak-internals', { status: '5xx', path: '/api/saas/usage' });
    const started = Date.now();
    await page.goto('/account');
    const usage = page.getByRole('region', { name: 'Usage this month' });
    const tryAgain = usage.getByRole('button', { name: 'Try again' });
    await expect(tryAgain).toBeVisible();
    const truthfulAfterMs = Date.now() - started;
    expect(await requestsTo('/api/saas/usage')).toHaveLength(1);
    await stack.control('leak-internals', { enabled: false });
    await tryAgain.focus();
    await tryAgain.click();
    await expect(usage.getByText(/of \d+ used/)).toBeVisible();
    // Focus went to the recovered content, not to the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.querySelector('[aria-labelledby="usage-heading"]')?.contains(document.activeElement))).toBe(true);
    await expect(page.locator('#aek-announcer')).toHaveText('Loaded again.');
    const calls = await requestsTo('/api/saas/usage');
    expect(calls.map(({ status }) => status)).toEqual([500, 200]);
    moments.push({ moment: '"Try again" on a 500', truthfulAfterMs, requests: calls.length, focus: await focusOf(page) });
  });

  it('"Try again" that fails again: the fallback stays, focus stays on the button, and it says so', async () => {
    const page = await stack.newPage();
    await stack.control('leak-internals', { status: '5xx', path: '/api/saas/usage' });
    await page.goto('/account');
    const usage = page.getByRole('region', { name: 'Usage this month' });
    await usage.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(async () => (await requestsTo('/api/saas/usage')).length).toBe(2);
    await expect(usage.getByRole('button', { name: 'Try again' })).toBeFocused();
    await expect(usage.getByRole('alert')).toBeVisible();
    moments.push({ moment: '"Try again" on a 500 that fails again', truthfulAfterMs: 0, requests: 2, focus: await focusOf(page) });
  });

  it('a failure during a background refetch keeps the data on screen, with one notice', async () => {
    const page = await stack.newPage();
    await page.goto('/dashboard');
    const requestsPanel = page.getByRole('region', { name: 'Requests' });
    await expect(requestsPanel.getByText(/\d+ requests?$/)).toBeVisible();
    // Four answers in a row fail: the first refetch and the policy's three quiet retries behind the data.
    await stack.control('proxy-502', { calls: 4, path: '/api/medianest/requests' });
    const started = Date.now();
    // The tab comes back to the front: react-query refetches what is stale.
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notices = page.getByRole('status', { name: 'Messages about this page' });
    await expect(notices.getByText('What you see may be out of date.')).toBeVisible({ timeout: 15_000 });
    const truthfulAfterMs = Date.now() - started;
    await expect(requestsPanel.getByText(/\d+ requests?$/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A service we rely on is not responding' })).toHaveCount(0);
    await expect(notices.locator('.aek-notice')).toHaveCount(1);
    moments.push({ moment: '502 during a background refetch, data on screen', truthfulAfterMs, requests: (await requestsTo('/api/medianest/requests')).length, focus: await focusOf(page) });
  });

  it('a 401 during a submit, then signing in: the POST is not sent again by itself', async () => {
    const page = await stack.newPage();
    await page.goto('/signup');
    await page.getByLabel('Email address').fill('grace@example.com');
    await page.getByLabel('Full name').fill('Grace Hopper');
    await page.getByLabel('Password').fill('a long enough password');
    await stack.control('expire-session');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(heading(page, 'Your session has expired')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email address').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(heading(page, 'Create an account')).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
    await page.waitForTimeout(1000);
    const posts = (await requestsTo('/api/saas/signup')).filter(({ method }) => method === 'POST');
    expect(posts).toHaveLength(1);
    moments.push({ moment: '401 during a submit, then sign in', truthfulAfterMs: 0, requests: posts.length, focus: await focusOf(page) });
  });
});

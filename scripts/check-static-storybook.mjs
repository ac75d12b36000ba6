// Loads the built Storybook (storybook-static/) in headless Chromium: the manager page and one
// story per registry category, failing on any console error or page error; then runs axe on
// every docs page in English, German and Arabic (a docs page shows all of a component's stories
// at once, where duplicate landmarks and heading jumps show). With --screenshots DIR it also
// saves a picture of each story for a person to look at.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { axeDocsPages } from './axe-docs-pages.mjs';
import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';

const root = 'storybook-static';
const shotsAt = process.argv.indexOf('--screenshots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run npm run build-storybook first.');
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const firstPerGroup = new Map();
for (const story of stories) if (story.title.startsWith('Registry/') && !firstPerGroup.has(story.title)) firstPerGroup.set(story.title, story.id);

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
  });

  await page.goto(`${base}/index.html`, { waitUntil: 'load' });
  await page.waitForSelector('#storybook-explorer-tree', { timeout: 30_000 });
  if (shots) mkdirSync(shots, { recursive: true });
  for (const [title, id] of firstPerGroup) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root [data-error-code], #storybook-root .aek-story-note', { timeout: 15_000 });
    if (shots) await page.screenshot({ path: join(shots, `${title.replace(/\W+/g, '-')}.png`), fullPage: true });
  }
  console.log(`Loaded the manager and ${firstPerGroup.size} stories (one per category) of ${stories.length}.`);

  const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
  const axe = await axeDocsPages(browser, base, docs, ['en', 'de', 'ar']);
  problems.push(...axe.problems);
  console.log(`axe on ${docs.length} docs pages in ${axe.locales.join(', ')}: ${axe.failing} failing (${axe.seconds.toFixed(1)} s).`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

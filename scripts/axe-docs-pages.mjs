// axe on Storybook's docs pages, in several locales, in one loaded preview: the preview is told
// which page and which globals to show over its channel (as the manager tells it), so each page
// costs a render and an axe run, not a page load. Colour contrast does not depend on the
// language: it is checked in the first locale only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const RENDER_TIMEOUT_MS = 15_000;
// A page is read once nothing on it has changed for this long (live stories settle after their retries).
const QUIET_MS = 150;
const SETTLE_CAP_MS = 4_000;

/** Shows `storyId`'s docs page in the loaded preview (`shown`: it is already showing); resolves once it has rendered and gone quiet. */
function showDocs(page, storyId, shown) {
  return page.evaluate(
    ({ storyId, shown, timeout, quiet, cap }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const give = (outcome) => {
          clearTimeout(timer);
          channel.off('docsRendered', rendered);
          resolve(outcome);
        };
        const timer = setTimeout(() => give('did not render'), timeout);
        const rendered = () => {
          clearTimeout(timer);
          channel.off('docsRendered', rendered);
          const started = Date.now();
          let last = Date.now();
          const observer = new MutationObserver(() => (last = Date.now()));
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          const check = () => {
            if (Date.now() - last >= quiet || Date.now() - started >= cap) {
              observer.disconnect();
              resolve('ok');
            } else setTimeout(check, 50);
          };
          check();
        };
        if (shown) {
          rendered();
          return;
        }
        channel.on('docsRendered', rendered);
        channel.emit('setCurrentStory', { storyId, viewMode: 'docs' });
      }),
    { storyId, shown, timeout: RENDER_TIMEOUT_MS, quiet: QUIET_MS, cap: SETTLE_CAP_MS },
  );
}

/** axe on each docs page in one locale, in `page`; `contrast`: check colour contrast too. */
async function axeInLocale(page, base, docs, locale, contrast) {
  const problems = [];
  let failing = 0;
  // One load per locale, the locale in the URL as the manager puts it.
  await page.goto(`${base}/iframe.html?id=${docs[0].id}&viewMode=docs&globals=locale:${locale}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent ?? '') !== '', null, { timeout: RENDER_TIMEOUT_MS });
  await page.addScriptTag({ content: AXE_SOURCE });
  for (const doc of docs) {
    const shown = await showDocs(page, doc.id, doc === docs[0]);
    if (shown !== 'ok') {
      problems.push(`${doc.id} (${locale}): the docs page ${shown}`);
      failing += 1;
      continue;
    }
    const violations = await page.evaluate(async (withContrast) => {
      const result = await window.axe.run(document.querySelector('#storybook-docs') ?? document, { rules: { 'color-contrast': { enabled: withContrast } } });
      return result.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.html.slice(0, 100)).join(' | ')}`);
    }, contrast);
    if (violations.length > 0) {
      failing += 1;
      problems.push(...violations.map((violation) => `${doc.id} (${locale}): ${violation}`));
    }
  }
  return { problems, failing };
}

/**
 * Runs axe on each docs page in each locale (the toolbar's `locale` global), the locales side by
 * side in pages of their own. Returns the problems found, one line each, and how many
 * page-locale pairs failed.
 */
export async function axeDocsPages(browser, base, docs, locales) {
  const started = performance.now();
  if (docs.length === 0) return { problems: [], failing: 0, locales, seconds: 0 };
  const results = await Promise.all(
    locales.map(async (locale, index) => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
      try {
        return await axeInLocale(await context.newPage(), base, docs, locale, index === 0);
      } finally {
        await context.close();
      }
    }),
  );
  return { problems: results.flatMap(({ problems }) => problems), failing: results.reduce((sum, { failing }) => sum + failing, 0), locales, seconds: (performance.now() - started) / 1000 };
}

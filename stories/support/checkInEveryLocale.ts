import type { Preview } from '@storybook/react-vite';
import type { AxeResults, RunOptions, Spec } from 'axe-core';
import { layoutProblems } from './layoutProblems';
import { setLocaleOverride } from './localeOverride';

// Each story, after its play function, shown again in other languages, in the story tests only:
// axe in German and Arabic (colour contrast is the same in every language and is checked once,
// by the a11y addon); and where the story shows a fallback, its layout on a 320 px wide page
// (WCAG 1.4.10 reflow) in every shipped locale: nothing wider than the page, nothing cut off.

const AXE_LOCALES = ['de', 'ar'] as const;
const REFLOW_LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
const NARROW = { width: 320, height: 640 };
// What Storybook itself puts in the page, as the a11y addon leaves it out.
const STORYBOOK_PARTS = [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']];

/** What a story may say about these checks: `parameters.localeChecks`. */
interface LocaleChecks {
  axe?: boolean;
  reflow?: boolean;
}

interface A11yParameter {
  test?: 'off' | 'todo' | 'error';
  disable?: boolean;
  config?: Spec;
  options?: RunOptions;
}

type AfterEach = NonNullable<Preview['afterEach']>;
type StoryContext = Parameters<Extract<AfterEach, (...args: never[]) => unknown>>[0];

/** A task later: React has committed a store's update (they render synchronously) and run its effects. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Shows the story in `locale` (undefined: its own again) and waits until it has rendered so, effects included. */
async function showIn(canvas: HTMLElement, locale: string | undefined, own: string): Promise<void> {
  setLocaleOverride(locale);
  const wanted = locale ?? own;
  for (let tries = 0; tries < 200 && canvas.ownerDocument.querySelector('[data-story-locale]')?.getAttribute('data-story-locale') !== wanted; tries += 1) await tick();
  await tick();
}

async function axeProblems(a11y: A11yParameter | undefined, locale: string): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  axe.reset();
  axe.configure({ ...a11y?.config, rules: [{ id: 'region', enabled: false }, ...(a11y?.config?.rules ?? [])] });
  const options: RunOptions = { ...a11y?.options, rules: { ...a11y?.options?.rules, 'color-contrast': { enabled: false } } };
  const result: AxeResults = await axe.run({ include: [document.body], exclude: STORYBOOK_PARTS }, options);
  return result.violations.map(({ id, nodes }) => `${locale}: ${id} on ${nodes.map(({ html }) => html.slice(0, 80)).join(', ')}`);
}

/** Narrows the page to `width` px for `check`, then gives it back its size. */
async function atWidth<T>(width: number, check: () => Promise<T>): Promise<T> {
  const { page } = await import('@vitest/browser/context');
  const wide = { width: window.innerWidth, height: window.innerHeight };
  await page.viewport(width, NARROW.height);
  try {
    return await check();
  } finally {
    await page.viewport(wide.width, wide.height);
  }
}

/** The preview's `afterEach`: the checks above, for a story rendered by the story tests. */
export const checkInEveryLocale: AfterEach = async (context: StoryContext) => {
  const { canvasElement: canvas, globals, parameters, viewMode } = context;
  if (viewMode !== 'story' || (globalThis as { __vitest_browser__?: unknown }).__vitest_browser__ === undefined) return;
  const checks = (parameters['localeChecks'] ?? {}) as LocaleChecks;
  const a11y = parameters['a11y'] as A11yParameter | undefined;
  const axeRuns = checks.axe !== false && a11y?.disable !== true && a11y?.test !== 'off' && (globals['a11y'] as { manual?: boolean } | undefined)?.manual !== true;
  const own = String(globals['locale'] ?? 'en');
  const reflows = checks.reflow !== false && canvas.querySelector('.aek-fallback, .aek-error-summary') !== null;
  const locales: readonly string[] = reflows ? REFLOW_LOCALES : AXE_LOCALES;
  const problems: string[] = [];
  // One pass over the locales: where a story shows a fallback, on a narrow page, axe in the same pass (its rules do not depend on the width).
  const pass = async () => {
    for (const locale of locales) {
      await showIn(canvas, locale, own);
      if (reflows) problems.push(...layoutProblems(canvas).map((problem) => `${locale} at ${NARROW.width} px: ${problem}`));
      if (axeRuns && locale !== own && (AXE_LOCALES as readonly string[]).includes(locale)) problems.push(...(await axeProblems(a11y, locale)));
    }
  };
  try {
    await (reflows ? atWidth(NARROW.width, pass) : pass());
  } finally {
    await showIn(canvas, undefined, own);
  }
  if (problems.length > 0) throw new Error(`Shown in other languages, the story breaks:\n${problems.join('\n')}`);
};

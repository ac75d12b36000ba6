import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LEAKS, ORDINARY } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS, HOLDOUT_ORDINARY } from '../../fixtures/leakHoldout';
import { LEAK_PLACES, type LeakPlace } from '../../fixtures/leakPlaces';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { defaultRegistry } from '../../src/core/registry/createRegistry';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { selectFallback } from '../../src/react/selectFallback';

const ALL_LEAKS = [...LEAKS, ...HOLDOUT_LEAKS];
const ALL_ORDINARY = [...ORDINARY, ...HOLDOUT_ORDINARY];

/** The text a user sees of the fallback for `text` put in `place`, as a production build renders it. */
function pageText(place: LeakPlace, text: string): string {
  const { body, status, headers } = place.place(text);
  const error = normalizeError(body, { status, headers });
  const fallback = createElement(selectFallback(error, defaultRegistry, {}), { error, onRetry: () => undefined });
  // Field messages are shown on forms too: the error summary with its links.
  const summary = place.field ? createElement(ValidationSummary, { error }) : null;
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(createElement('main', null, fallback, summary));
  return container.textContent ?? '';
}

/** The parts of a leak that would give it away: its longer words, the ones an ordinary page does not have. */
function giveaways(leak: string, baseline: string): string[] {
  return leak.split(/[\s"'`()[\]{},;<>]+/).filter((part) => part.length >= 8 && !baseline.includes(part));
}

describe('no leak reaches the page, in any place a response can carry it', () => {
  it.each(LEAK_PLACES.map((place) => [place.name, place] as const))('%s', (_, place) => {
    // What the page says with a value too short to mean anything: the words that are the kit's own.
    const baseline = pageText(place, 'x');
    const reached: string[] = [];
    for (const leak of ALL_LEAKS) {
      const page = pageText(place, leak.text);
      const found = giveaways(leak.text, baseline).filter((part) => page.includes(part));
      if (page.includes(leak.text.trim()) || found.length > 0) reached.push(`${leak.kind}: ${found[0] ?? leak.text.slice(0, 60)}`);
    }
    expect(reached).toEqual([]);
  });
});

describe('ordinary sentences are still shown where a server sentence is shown', () => {
  it.each(LEAK_PLACES.filter((place) => place.showsSentences).map((place) => [place.name, place] as const))('%s', (_, place) => {
    const hidden = ALL_ORDINARY.filter(({ text }) => !pageText(place, text).includes(text.trim())).map(({ text }) => text);
    expect(hidden).toEqual([]);
  });
});

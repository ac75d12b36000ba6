import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LEAKS, ORDINARY } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS, HOLDOUT_ORDINARY } from '../../fixtures/leakHoldout';
import { LEAK_PLACES, type LeakPlace } from '../../fixtures/leakPlaces';
import { PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY } from '../../fixtures/proseHoldout';
import { plainSentence } from '../../src/core/screen/isPlainSentence';
import { fullKit } from '../helpers/kits';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { selectFallback } from '../../src/react/selectFallback';
import { coreWords } from '../../src/locales/en/coreWords';
import * as interfaceWords from '../../src/locales/en/interfaceWords';

// The kit's own English words: a leak's word the kit itself says ("requests" in "Too many
// requests") gives nothing away, whichever category the leak's sentence leads to.
const KIT_WORDS = [coreWords, ...Object.values(interfaceWords)].flatMap((words) => Object.values(words)).join(' ');

const ALL_LEAKS = [...LEAKS, ...HOLDOUT_LEAKS, ...PROSE_HOLDOUT_LEAKS];
const ALL_ORDINARY = [...ORDINARY, ...HOLDOUT_ORDINARY, ...PROSE_HOLDOUT_ORDINARY];

/** The text a user sees of the fallback for `text` put in `place`, as a production build renders it. */
function pageText(place: LeakPlace, text: string): string {
  const { body, status, headers } = place.place(text);
  const error = fullKit.normalize(body, { status, headers });
  const fallback = createElement(selectFallback(error, fullKit, {}), { error, onRetry: () => undefined });
  // Field messages are shown on forms too: the error summary with its links.
  const summary = place.field ? createElement(ValidationSummary, { error }) : null;
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(createElement('main', null, fallback, summary));
  return container.textContent ?? '';
}

/** The parts of a leak that would give it away: its longer words, the ones an ordinary page does not have. */
function giveaways(leak: string, baseline: string): string[] {
  return leak.split(/[\s"'`()[\]{},;<>]+/).filter((part) => part.length >= 8 && !baseline.includes(part) && !KIT_WORDS.includes(part));
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
  // The few the positive test keeps back (a path, a UUID, brackets) are the only ones missing.
  const plain = ALL_ORDINARY.flatMap(({ text }) => plainSentence(text) ?? []);
  it.each(LEAK_PLACES.filter((place) => place.showsSentences).map((place) => [place.name, place] as const))('%s', (_, place) => {
    const hidden = plain.filter((text) => !pageText(place, text).includes(text));
    expect(hidden).toEqual([]);
    expect(plain.length / ALL_ORDINARY.length).toBeGreaterThanOrEqual(0.95);
  });
});

import { it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LEAK_PLACES } from '../../fixtures/leakPlaces';
import { PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY } from '../../fixtures/proseHoldout';
import { LEAKS } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS } from '../../fixtures/leakHoldout';
import { fullKit } from '../helpers/kits';
import { selectFallback } from '../../src/react/selectFallback';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { plainSentence } from '../../src/core/screen/isPlainSentence';
it('x', () => {
  const out: string[] = [];
  for (const place of LEAK_PLACES.filter((p) => /conflicting value|plain-text 400|DRF 400 non_field/.test(p.name))) {
    for (const leak of [...LEAKS, ...HOLDOUT_LEAKS, ...PROSE_HOLDOUT_LEAKS]) {
      const { body, status, headers } = place.place(leak.text);
      const error = fullKit.normalize(body, { status, headers });
      const el = createElement(selectFallback(error, fullKit, {}), { error, onRetry: () => undefined });
      const html = renderToStaticMarkup(createElement('main', null, el, place.field ? createElement(ValidationSummary, { error }) : null));
      const words = leak.text.split(/[\s"'`()[\]{},;<>]+/).filter((p) => p.length >= 8);
      const hit = words.filter((w) => html.includes(w));
      if (hit.length) out.push(`${place.name} | ${leak.kind} | ${hit.join(',')} | ${error.code} ${error.serverMessage ?? ''} | ${JSON.stringify(error.details).slice(0, 150)}`);
    }
    if (place.showsSentences) for (const o of PROSE_HOLDOUT_ORDINARY.slice(0, 400)) { const t = plainSentence(o.text); if (!t) continue; const { body, status, headers } = place.place(t); const error = fullKit.normalize(body, { status, headers }); const html = renderToStaticMarkup(createElement('main', null, createElement(selectFallback(error, fullKit, {}), { error }), place.field ? createElement(ValidationSummary, { error }) : null)); if (!html.includes(t.replace(/&/g,'&amp;').replace(/'/g,'&#x27;').replace(/"/g,'&quot;'))) out.push(`HIDDEN ${place.name} | ${t} | ${error.code} | ${JSON.stringify(error.fieldErrors)}`); }
  }
  process.stdout.write(out.join('\n') + '\n');
});

import { it } from 'vitest';
import { LEAKS, ORDINARY } from '../../fixtures/leakCorpus';
import { HOLDOUT_LEAKS, HOLDOUT_ORDINARY } from '../../fixtures/leakHoldout';
import { PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY } from '../../fixtures/proseHoldout';
import { plainSentence } from '../../src/core/screen/isPlainSentence';
it('rates', () => {
  const out: string[] = [];
  for (const [name, leaks, ordinary] of [['corpus', LEAKS, ORDINARY], ['holdout', HOLDOUT_LEAKS, HOLDOUT_ORDINARY], ['blind', PROSE_HOLDOUT_LEAKS, PROSE_HOLDOUT_ORDINARY]] as const) {
    const shownLeaks = leaks.filter((l) => plainSentence(l.text) !== undefined);
    const hidden = ordinary.filter((o) => plainSentence(o.text) === undefined);
    out.push(`${name}: leaks shown ${shownLeaks.length}/${leaks.length}; ordinary shown ${ordinary.length - hidden.length}/${ordinary.length} (${(100 * (ordinary.length - hidden.length) / ordinary.length).toFixed(1)}%)`);
    for (const l of shownLeaks) out.push(`  LEAK ${l.kind}: ${JSON.stringify(l.text)}`);
    for (const o of hidden) out.push(`  HID: ${o.text}`);
  }
  process.stdout.write(out.join('\n') + '\n');
});

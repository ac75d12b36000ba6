import axe from 'axe-core';
import { expect } from 'vitest';

/** Fails with the list of axe violations in `container`. Contrast is checked in Chromium by the story tests: jsdom has no layout. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.html).join(', ')})`)).toEqual([]);
}

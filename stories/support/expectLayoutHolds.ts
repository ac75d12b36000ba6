import { expect } from 'storybook/test';
import { layoutProblems } from './layoutProblems';

/**
 * Fails when longer words break a fallback's layout: text wider than its box (clipped, or spilling
 * over its neighbours), anything sticking out of its fallback's box, or two actions on top of each other.
 */
export async function expectLayoutHolds(root: HTMLElement): Promise<void> {
  await expect(layoutProblems(root)).toEqual([]);
}

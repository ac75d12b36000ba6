import { expect } from 'storybook/test';

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/**
 * Fails when longer words break a fallback's layout: text wider than its box (clipped, or spilling
 * over its neighbours), anything sticking out of its fallback's box, or two actions on top of each other.
 */
export async function expectLayoutHolds(root: HTMLElement): Promise<void> {
  const problems: string[] = [];
  for (const fallback of root.querySelectorAll<HTMLElement>('.aek-fallback, .aek-error-summary, .aek-field-error')) {
    const box = fallback.getBoundingClientRect();
    for (const element of fallback.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.aek-visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${element.tagName} "${element.textContent?.slice(0, 40)}" sticks out of ${fallback.className}`);
      // Content wider than its box: clipped where overflow is hidden, spilling over its neighbours where it is not.
      const { overflowX } = getComputedStyle(element);
      const scrolls = overflowX === 'auto' || overflowX === 'scroll';
      if (!scrolls && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) problems.push(`${element.tagName} "${element.textContent?.slice(0, 40)}" overflows its box`);
    }
    const actions = [...fallback.querySelectorAll<HTMLElement>('.aek-fallback__actions > *')].map((action) => action.getBoundingClientRect());
    for (let i = 0; i < actions.length; i += 1) for (let j = i + 1; j < actions.length; j += 1) if (overlaps(actions[i] as DOMRect, actions[j] as DOMRect)) problems.push(`actions overlap in ${fallback.className}`);
  }
  await expect(problems).toEqual([]);
}

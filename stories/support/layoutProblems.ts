const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
const describe = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;

/** True for an element a reader never sees: visually hidden text, a closed disclosure's content. */
function unseen(element: HTMLElement): boolean {
  return element.closest('.aek-visually-hidden') !== null || (element.closest('details:not([open])') !== null && element.closest('summary') === null);
}

/**
 * What breaks a fallback's layout in `root`, one line each: a fallback wider than the page (the
 * page scrolls sideways) or than its own box, anything sticking out of its fallback's box or cut
 * off at the page's edge, text wider than its box (clipped, or spilling over its neighbours),
 * two actions on top of each other. A box that scrolls on purpose (the raw response) may be wider inside.
 */
export function layoutProblems(root: HTMLElement): string[] {
  const problems: string[] = [];
  const page = root.ownerDocument.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth} px of content in ${page.clientWidth} px`);
  for (const fallback of root.querySelectorAll<HTMLElement>('.aek-fallback, .aek-error-summary, .aek-field-error')) {
    const name = `${fallback.className.split(' ')[0]}${fallback.dataset['errorCode'] ? ` ${fallback.dataset['errorCode']}` : ''}`;
    const box = fallback.getBoundingClientRect();
    if (fallback.scrollWidth > fallback.clientWidth + 1) problems.push(`${name} is wider inside (${fallback.scrollWidth} px) than its box (${fallback.clientWidth} px)`);
    if (box.left < -1 || box.right > page.clientWidth + 1) problems.push(`${name} is cut off at the page's edge`);
    for (const element of fallback.querySelectorAll<HTMLElement>('*')) {
      if (unseen(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${describe(element)} sticks out of ${name}`);
      const { overflowX } = getComputedStyle(element);
      const scrolls = overflowX === 'auto' || overflowX === 'scroll';
      if (!scrolls && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) problems.push(`${describe(element)} overflows its box in ${name}`);
    }
    const actions = [...fallback.querySelectorAll<HTMLElement>('.aek-fallback__actions > *')].map((action) => action.getBoundingClientRect());
    for (let i = 0; i < actions.length; i += 1) for (let j = i + 1; j < actions.length; j += 1) if (overlaps(actions[i] as DOMRect, actions[j] as DOMRect)) problems.push(`actions overlap in ${name}`);
  }
  return problems;
}

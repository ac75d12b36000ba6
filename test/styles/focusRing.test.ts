import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, cssRules, hexColours, resolveVars, themeVariables, type CssRule, type Theme } from '../helpers/cssColours';

// WCAG 2.2 (1.4.11, 2.4.13): what shows focus must stand out from what is around it by 3:1. Read
// from the kit's stylesheet: every rule that styles focus, against every background the
// stylesheet paints, in the light and the dark theme.

const rules = cssRules(readFileSync(path.join(__dirname, '../../src/react/styles.css'), 'utf8'));
const THEMES: readonly Theme[] = ['light', 'dark'];
const MIN_CONTRAST = 3;
/** A ring thinner than this is not counted as showing focus. */
const MIN_WIDTH_PX = 2;

const px = (value: string | undefined) => Number(/(-?[\d.]+)px/.exec(value ?? '')?.[1] ?? 0);

/** What a focus rule draws: the colour of its outline, its box-shadow rings and its fill, each with how thick it shows. */
function indicators(rule: CssRule, variables: ReadonlyMap<string, string>): Array<{ colour: string; width: number }> {
  const found: Array<{ colour: string; width: number }> = [];
  const outline = resolveVars(rule.declarations.get('outline') ?? '', variables);
  const outlineColour = hexColours(outline)[0];
  const outlineWidth = outlineColour && !/\bnone\b/.test(outline) ? px(outline) : 0;
  if (outlineColour && outlineWidth > 0) found.push({ colour: outlineColour, width: outlineWidth });
  // Rings drawn by box-shadow: "0 0 0 6px" shows as a ring of its spread less what the outline covers; "0 4px" as a bar of its offset.
  for (const layer of resolveVars(rule.declarations.get('box-shadow') ?? '', variables).split(/,(?![^(]*\))/)) {
    const colour = hexColours(layer)[0];
    if (!colour) continue;
    const lengths = [...layer.matchAll(/(-?[\d.]+)px|\b0\b/g)].map(([, value]) => Math.abs(Number(value ?? 0)));
    const [x = 0, y = 0, , spread = 0] = lengths;
    const width = spread > 0 && !layer.includes('inset') ? spread - outlineWidth : Math.max(x, y, spread);
    found.push({ colour, width });
  }
  const fill = hexColours(resolveVars(rule.declarations.get('background') ?? rule.declarations.get('background-color') ?? '', variables))[0];
  if (fill) found.push({ colour: fill, width: Number.POSITIVE_INFINITY });
  return found;
}

/** Every background colour the stylesheet paints in a theme (a focused element's own fill included). */
function backgrounds(variables: ReadonlyMap<string, string>): string[] {
  const colours = rules.flatMap(({ declarations }) => ['background', 'background-color'].flatMap((name) => hexColours(resolveVars(declarations.get(name) ?? '', variables))));
  return [...new Set(colours)];
}

const focusRules = rules.filter(({ selectors, declarations }) => selectors.some((selector) => selector.includes(':focus')) && !/^none$/.test(declarations.get('outline') ?? ''));

/** Each focus style that, against some background, shows no ring of 3:1. */
function weakRings(): string[] {
  const problems: string[] = [];
  for (const theme of THEMES) {
    const variables = themeVariables(rules, theme);
    for (const rule of focusRules) {
      const shown = indicators(rule, variables).filter(({ width }) => width >= MIN_WIDTH_PX);
      for (const background of backgrounds(variables)) {
        const best = Math.max(0, ...shown.map(({ colour }) => contrast(colour, background)));
        if (best < MIN_CONTRAST) problems.push(`${theme}: ${rule.selectors.join(', ')} shows ${best.toFixed(2)}:1 on ${background}`);
      }
    }
  }
  return problems;
}

describe('the focus ring', () => {
  it('is styled for every part a keyboard reaches: titles, the summary, links, buttons, fields', () => {
    const styled = focusRules.flatMap(({ selectors }) => selectors).join(' ');
    for (const part of ['.aek-fallback__title', '.aek-error-summary:focus', '.aek-error-summary__more summary', '.aek-button', '.aek-fallback a', 'input', '.aek-fallback__developer']) expect(styled).toContain(part);
  });

  it('stands out by 3:1 against every background of the kit, in the light and the dark theme', () => {
    expect(weakRings()).toEqual([]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // The old ring: the yellow alone on white.
    expect(contrast('#ffdd00', '#ffffff')).toBeCloseTo(1.35, 2);
  });
});

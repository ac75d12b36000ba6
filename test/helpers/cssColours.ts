// Reads the kit's stylesheet as data: its rules, its theme's colours in light and dark, and the
// WCAG contrast of two colours. Enough CSS for styles.css (hex colours, var(), light-dark()),
// not a general parser.

/** One rule of a stylesheet: its selectors and its declarations. */
export interface CssRule {
  selectors: string[];
  declarations: Map<string, string>;
}

export type Theme = 'light' | 'dark';

/** The rules of `css`, in order (rules inside @media blocks included, their condition dropped). */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const prelude = (match[1] ?? '').trim();
    if (prelude.startsWith('@')) continue;
    const declarations = new Map<string, string>();
    for (const declaration of (match[2] ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
    rules.push({ selectors: prelude.split(',').map((selector) => selector.trim()), declarations });
  }
  return rules;
}

/** The custom properties a theme defines (on `:root`), each resolved for the light or dark scheme. */
export function themeVariables(rules: readonly CssRule[], theme: Theme): Map<string, string> {
  const variables = new Map<string, string>();
  for (const rule of rules.filter(({ selectors }) => selectors.includes(':root'))) {
    for (const [name, value] of rule.declarations) {
      if (!name.startsWith('--')) continue;
      const pair = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value);
      variables.set(name, pair ? (theme === 'light' ? (pair[1] ?? '') : (pair[2] ?? '')).trim() : value);
    }
  }
  return variables;
}

/** `value` with its var() references replaced by the theme's values. */
export function resolveVars(value: string, variables: ReadonlyMap<string, string>): string {
  return value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => variables.get(name) ?? whole);
}

/** Every hex colour in `value`, as #rrggbb. */
export function hexColours(value: string): string[] {
  return [...value.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)].map(([, hex = '']) => `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`.toLowerCase());
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('shows the usage example that the typecheck compiles (examples/readmeUsage.tsx)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /<!-- readme-usage:start -->\n```tsx\n([\s\S]*?)\n```\n<!-- readme-usage:end -->/.exec(readme)?.[1];
    expect(shown).toBe(readFileSync('examples/readmeUsage.tsx', 'utf8').trimEnd());
  });

  it('shows the SWR example that the typecheck compiles (examples/readmeSwr.tsx)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /<!-- readme-swr:start -->\n```tsx\n([\s\S]*?)\n```\n<!-- readme-swr:end -->/.exec(readme)?.[1];
    expect(shown).toBe(readFileSync('examples/readmeSwr.tsx', 'utf8').trimEnd());
  });

  it('names the two commands that package.json defines', () => {
    const readme = readFileSync('README.md', 'utf8');
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(readme).toContain('npm install && npm run storybook');
    expect(readme).toContain('npm test');
    expect(scripts['storybook']).toBeDefined();
    expect(scripts['test']).toBeDefined();
  });
});

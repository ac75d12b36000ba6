// Keeps stories/registry/ in step with the whole kit's registry (the standard codes and every
// preset's): one story per code, grouped by category.
// A code without a story fails here; `npm run stories:generate` writes the files again.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesByCategory } from '../../fixtures/codeExamples';
import { fullKit } from '../../fixtures/kits';

const DIR = 'stories/registry';

function storiesFile(category: string, codes: readonly string[]): string {
  return [
    '// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.',
    "import type { Meta, StoryObj } from '@storybook/react-vite';",
    "import { registryStory } from '../support/registryStory';",
    "import { ResponseExample } from '../support/ResponseExample';",
    '',
    `const meta = { title: 'Registry/${category}', component: ResponseExample } satisfies Meta<typeof ResponseExample>;`,
    '',
    'export default meta;',
    'type Story = StoryObj<typeof meta>;',
    '',
    ...codes.map((code) => `export const ${code}: Story = registryStory('${code}');`),
    '',
  ].join('\n');
}

describe('the registry stories', () => {
  const groups = codesByCategory();

  it.each([...groups.entries()])('has a story for every %s code', (category, codes) => {
    const path = `${DIR}/${category}.stories.ts`;
    const expected = storiesFile(category, codes);
    if (process.env['UPDATE_STORIES']) writeFileSync(path, expected);
    expect(existsSync(path), `${path} is missing: run npm run stories:generate`).toBe(true);
    const exported = [...readFileSync(path, 'utf8').matchAll(/^export const (\w+): Story = registryStory\('(\w+)'\);$/gm)].map((match) => match[1]);
    expect(exported, `${path} is out of date: run npm run stories:generate`).toEqual(codes);
  });

  it('has no story for a code the registry lost', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.stories.ts'));
    const storied = files.flatMap((name) => [...readFileSync(`${DIR}/${name}`, 'utf8').matchAll(/registryStory\('(\w+)'\)/g)].map((match) => match[1]));
    expect(storied.sort()).toEqual(Object.keys(fullKit.registry.codes).sort());
  });
});

// The generator is a Node tool (it reads files and pulls in a YAML parser and a validator): no
// entry an app imports may reach it, so it adds nothing to any bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRIES = [
  'src/index.ts',
  'src/core/index.ts',
  'src/dialects.ts',
  'src/fetch/index.ts',
  'src/redact/index.ts',
  'src/react-query/index.ts',
  'src/presets/index.ts',
  ...readdirSync('src/presets', { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'shared').map((entry) => `src/presets/${entry.name}/index.ts`),
  ...readdirSync('src/locales').filter((file) => file.endsWith('.ts')).map((file) => `src/locales/${file}`),
];

/** The source file a relative specifier names. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && candidate.match(/\.tsx?$/));
}

/** Every source module an entry reaches through its relative imports. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = specifier ? resolveImport(file, specifier) : undefined;
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('api-error-kit openapi stays out of app bundles', () => {
  it.each(ENTRIES)('%s reaches nothing under src/openapi', (entry) => {
    const modules = [...reached(entry)].map((file) => relative('.', file));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((file) => file.startsWith('src/openapi/'))).toEqual([]);
  });

  it('is built as its own Node file, the package bin', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: Record<string, string>; exports: Record<string, unknown> };
    expect(pkg.bin).toEqual({ 'api-error-kit': './dist/bin/cli.mjs' });
    expect(Object.keys(pkg.exports).filter((key) => key.includes('openapi') || key.includes('cli'))).toEqual([]);
    expect(readFileSync('src/openapi/bin.ts', 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

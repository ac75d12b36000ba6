import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Product knowledge is a preset's: the generic kit (its core, dialects, React layer, adapters and
// locales) names no product API, so an app that speaks none of them carries none of their words.
const GENERIC = ['src/core', 'src/react', 'src/react-query', 'src/fetch', 'src/redact', 'src/locales', 'src/dialects.ts', 'src/index.ts'];
const PRODUCT = /\b(?:plex|medianest|prospects?|shortener|artwork|saas|tmdb)\b|PLEX_|PIN_NOT_AUTHORIZED|PLAN_EXPIRED/i;

function filesUnder(entry: string): string[] {
  return statSync(entry).isDirectory() ? readdirSync(entry).flatMap((name) => filesUnder(path.join(entry, name))) : [entry];
}

describe('the generic kit', () => {
  it.each(GENERIC.flatMap(filesUnder).filter((file) => /\.(?:ts|tsx|css)$/.test(file)))('%s names no product API', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const named = lines.map((line, index) => [index + 1, line] as const).filter(([, line]) => PRODUCT.test(line));
    expect(named.map(([number, line]) => `${number}: ${line.trim()}`)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// If anything under src/core reached for React, importing it would throw here.
vi.mock('react', () => {
  throw new Error('src/core imported react');
});
vi.mock('@tanstack/react-query', () => {
  throw new Error('src/core imported @tanstack/react-query');
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('api-error-kit/core', () => {
  it('loads and works with React mocked away', async () => {
    const core = await import('../../src/core/index');
    expect(core.normalizeError({ detail: 'Post not found' }, { status: 404 }).code).toBe('NOT_FOUND');
  });

  it('imports nothing from React, react-query or the React layers', () => {
    for (const file of sources('src/core')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](react|react-dom|@tanstack\/|react-error-boundary|\.\.\/(\.\.\/)?react)/);
    }
  });
});

// The generated modules committed under examples/openapi stay what their documents give (as an
// app's CI checks with `--check`), and the example app reads the URL shortener's errors through them.
import { describe, expect, it } from 'vitest';
import { createLinkProblem } from '../../examples/openapi/createLink';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { get } from '../../src/core/internal/read';
import { runCli } from '../../src/openapi/cli';

/** Seed 003's example of `code` as a router's error response (`{status, data}`) carries it. */
const seed003 = (code: string) => {
  const example = SEED_EXAMPLES.find((each) => each.seed === '003' && get(each.body, 'error_code') === code);
  if (!example) throw new Error(`seed 003 has no ${code}`);
  return { status: example.status, statusText: '', data: example.body };
};

describe('examples/openapi', () => {
  it.each([
    ['fixtures/openapi/url-shortener.yaml', 'urlShortener'],
    ['fixtures/openapi/saas.yaml', 'saas'],
  ])('keeps the module generated from %s current', async (document, name) => {
    let said = '';
    const code = await runCli(['openapi', document, '--name', name, '--out', `examples/openapi/${name}.errors.ts`, '--check'], { stdout: () => undefined, stderr: (text) => (said += text) });
    expect(said).toContain('is up to date');
    expect(code).toBe(0);
  });

  it('says what went wrong with createLink, by code, from the typed details', () => {
    expect(createLinkProblem(seed003('VALIDATION_ERROR'))).toBe('Check url.');
    expect(createLinkProblem(seed003('CONFLICT'))).toBe('That short code is taken: choose another.');
    expect(createLinkProblem(seed003('RATE_LIMIT_EXCEEDED'))).toBe('Too many links at once: try again in 45 seconds.');
    // NOT_FOUND is no error of createLink: the kit's reading, the server's own sentence.
    expect(createLinkProblem(seed003('NOT_FOUND'))).toBe("Short URL 'abc123' not found");
  });
});

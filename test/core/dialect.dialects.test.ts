import { describe, expect, it } from 'vitest';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { graphql, problemJson, standardDialects, textBody } from '../../src/dialects';

describe('standardDialects: every standard format, in detection order', () => {
  it('holds each standard format once, ending with the text reader', () => {
    expect(new Set(standardDialects).size).toBe(standardDialects.length);
    expect(standardDialects.at(-1)).toBe(textBody);
    expect(standardDialects.indexOf(problemJson)).toBe(0);
  });

  it('reads a body two formats could claim with the one that comes first in the kit', () => {
    // A problem document whose errors could pass for GraphQL's.
    const body = { type: 'https://example.com/probs/invalid', title: 'Invalid order', status: 400, errors: [{ message: 'Quantity must be positive', path: ['quantity'] }] };
    expect(normalizeError(body).dialect).toBe('problem+json');
    expect(createErrorKit({ dialects: [graphql, ...standardDialects] }).normalize(body).dialect).toBe('graphql');
  });

  it('reads text, HTML and empty bodies in any kit, whatever dialects it names', () => {
    const kit = createErrorKit({ dialects: [problemJson] });
    expect(kit.normalize('<html><title>502 Bad Gateway</title></html>', { status: 502 })).toMatchObject({ dialect: 'html', code: 'BAD_GATEWAY' });
    expect(kit.normalize('', { status: 503 })).toMatchObject({ dialect: 'empty', code: 'SERVICE_UNAVAILABLE' });
  });
});

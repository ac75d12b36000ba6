import { describe, expect, it } from 'vitest';
import { medianest, problemJson, textBody } from '../../src/dialects';
import { createNormalizer } from '../../src/core/normalize/createNormalizer';
import { normalizeError } from '../../src/core/normalize/normalizeError';

const plexDown = { success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server.', details: { server_url: 'https://plex.example.com:32400' } } };
const problem = { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403, detail: 'Your balance is 30, but that costs 50.' };

describe('createNormalizer', () => {
  it('reads the dialects it is given, as normalizeError does', () => {
    const normalize = createNormalizer({ dialects: [medianest, textBody] });
    expect(normalize(plexDown, { status: 503 })).toEqual(normalizeError(plexDown, { status: 503 }));
    expect(normalize('<html><title>502 Bad Gateway</title></html>', { status: 502 })).toMatchObject({ code: 'BAD_GATEWAY', dialect: 'html' });
  });

  it('does not read a dialect it was not given: the status speaks', () => {
    expect(createNormalizer({ dialects: [medianest] })(problem, { status: 403 })).toMatchObject({ code: 'FORBIDDEN', dialect: 'unknown' });
    expect(createNormalizer({ dialects: [medianest, problemJson] })(problem, { status: 403 })).toMatchObject({ code: 'OUT_OF_CREDIT', dialect: 'problem+json' });
  });

  it('tries its dialects in the order given', () => {
    // A MediaNest-shaped body that also has problem+json's members goes to whichever comes first.
    const both = { ...plexDown, title: 'Plex is down', status: 503 };
    expect(createNormalizer({ dialects: [problemJson, medianest] })(both).dialect).toBe('problem+json');
    expect(createNormalizer({ dialects: [medianest, problemJson] })(both).dialect).toBe('medianest');
  });
});

import { describe, expect, it } from 'vitest';
import { defineDialect, detailSentence, genericJson, problemJson, textBody } from '../../src/dialects';
import { createRegistry } from '../../src/core/registry/createRegistry';
import { createNormalizer } from '../../src/core/normalize/createNormalizer';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { medianest as medianestPreset } from '../../src/presets/medianest/index';
import { artwork } from '../../src/presets/artwork/index';
import { createErrorKit } from '../../src/core/kit/createErrorKit';

const [medianest] = medianestPreset.dialects ?? [];
if (!medianest) throw new Error('the MediaNest preset has a dialect');
const plexDown = { success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server.', details: { server_url: 'https://plex.example.com:32400' } } };
const problem = { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403, detail: 'Your balance is 30, but that costs 50.' };

describe('createNormalizer', () => {
  it('reads the dialects it is given, as a kit with them does', () => {
    const normalize = createNormalizer({ dialects: [medianest, textBody] });
    expect(normalize(plexDown, { status: 503 })).toEqual(createErrorKit({ dialects: [medianest] }).normalize(plexDown, { status: 503 }));
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

  it('gives code-less sentences their codes with the matchers of the registry it is given (a preset’s)', () => {
    // Seed 001 sends a status and a sentence; its preset carries its sentences' codes.
    const registry = createErrorKit({ presets: [artwork] }).registry;
    const players = { error: 'Maximum 5 players allowed' };
    expect(createNormalizer({ dialects: [genericJson], registry })(players, { status: 400 })).toMatchObject({ code: 'QUOTA_EXCEEDED', category: 'quota', details: { limit: 5, resource: 'players' } });
    expect(createNormalizer({ dialects: [detailSentence], registry })({ detail: 'Too many login attempts. Try again later.' }, { status: 429 })).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', details: { operation: 'login' } });
    expect(createNormalizer({ dialects: [textBody], registry })('Storage quota exceeded. Used 5 GB of 5 GB.', { status: 413 })).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { used: 5, limit: 5, unit: 'GB' } });
    // The default kit knows no product's sentences: the status speaks.
    expect(normalizeError(players, { status: 400 }).code).toBe('BAD_REQUEST');
  });

  it('reads DRF’s throttling sentence, a standard one, with the dialects that carry it', () => {
    expect(createNormalizer({ dialects: [detailSentence] })({ detail: 'Request was throttled. Expected available in 5 seconds.' }, { status: 429 })).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', retryAfterMs: 5000 });
  });

  it('tries the registry’s sentence matchers before the ones its dialects carry', () => {
    const registry = createRegistry({ matchers: [{ status: 429, pattern: /^request was throttled/i, code: 'LOGIN_LOCKED' }], codes: { LOGIN_LOCKED: { category: 'forbidden' } } });
    const body = { detail: 'Request was throttled. Expected available in 5 seconds.' };
    expect(createNormalizer({ dialects: [detailSentence], registry })(body, { status: 429 })).toMatchObject({ code: 'LOGIN_LOCKED', category: 'forbidden' });
  });

  it('reads the sentence matchers an app’s own dialect carries', () => {
    const legacy = defineDialect({ members: ['fault'], matchers: [{ pattern: /^seat limit reached/i, code: 'SEAT_LIMIT' }] }, (body) => {
      const fault = (body as { fault?: unknown }).fault;
      return typeof fault === 'string' ? { dialect: 'legacy', message: fault } : undefined;
    });
    const registry = createRegistry({ codes: { SEAT_LIMIT: { category: 'payment' } } });
    expect(createNormalizer({ dialects: [legacy], registry })({ fault: 'Seat limit reached for this plan' }, { status: 403 })).toMatchObject({ code: 'SEAT_LIMIT', category: 'payment', dialect: 'legacy' });
    expect(createNormalizer({ dialects: [legacy] })({ fault: 'Seat limit reached for this plan' }, { status: 403 })).toMatchObject({ code: 'SEAT_LIMIT', dialect: 'legacy' });
  });

  it('reads an object again when asked for another moment, rather than reusing the first answer', () => {
    const thrown = Object.assign(new Error('Request failed with status code 503'), {
      response: { status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, data: 'Service Unavailable' },
    });
    const at = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
    expect(normalizeError(thrown, { now: at }).retryAfterMs).toBe(60_000);
    expect(normalizeError(thrown, { now: at + 30_000 }).retryAfterMs).toBe(30_000);
  });

  it('keeps the field errors a server listed when its sentence also names a field', () => {
    // Seed 001's sentence names its field; a list the server sent as well says more, and is kept.
    const kit = createErrorKit({ presets: [artwork], dialects: [genericJson] });
    const sentence = 'post_id is required for show_artwork command';
    const body = { message: sentence, errors: [{ field: 'player_id', msg: 'Unknown player' }] };
    expect(kit.normalize(body, { status: 400 }).fieldErrors).toEqual([{ field: 'player_id', message: 'Unknown player' }]);
    expect(kit.normalize({ message: sentence }, { status: 400 }).fieldErrors).toEqual([{ field: 'post_id', message: sentence }]);
  });

  it('carries the entry it resolved each error with, not enumerable, so JSON copies stay as they were', () => {
    const error = createErrorKit({ presets: [medianestPreset] }).normalize(plexDown, { status: 503 });
    expect(error.entry).toMatchObject({ code: 'PLEX_UNREACHABLE', category: 'upstream', fallback: 'plex', titleKey: 'plex.cannotConnect' });
    expect(Object.keys(error)).not.toContain('entry');
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('entry');
  });
});

import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { ApiError } from '../../src/core/ApiError';
import type { ErrorCategory } from '../../src/core/ErrorCategory';
import { readFacts } from '../../src/core/screen/facts';
import { ACCESS_FACTS, CONFLICT_FACTS, PAYMENT_FACTS, QUOTA_FACTS, RATE_LIMIT_FACTS, SERVICE_FACTS } from '../../src/core/screen/standardFacts';
import { PIN_FACTS, PLEX_FACTS } from '../../src/presets/medianest/facts';
import { seedKit } from '../helpers/kits';

// Each fallback's allow-list, by the name the tests give it.
const DETAIL_FACTS = {
  'access-denied': ACCESS_FACTS,
  conflict: CONFLICT_FACTS,
  payment: PAYMENT_FACTS,
  quota: QUOTA_FACTS,
  'rate-limited': RATE_LIMIT_FACTS,
  unavailable: SERVICE_FACTS,
  plex: PLEX_FACTS,
  pin: PIN_FACTS,
} as const;
type FactsKind = keyof typeof DETAIL_FACTS;

/** The facts `kind`'s fallback may show about `error`. */
function detailFacts<Kind extends FactsKind>(error: ApiError, kind: Kind) {
  return readFacts(error, DETAIL_FACTS[kind]);
}

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

const CATEGORY: Record<FactsKind, ErrorCategory> = {
  'access-denied': 'forbidden',
  conflict: 'conflict',
  payment: 'payment',
  quota: 'quota',
  'rate-limited': 'rate-limited',
  unavailable: 'unavailable',
  plex: 'upstream',
  pin: 'unauthenticated',
};

/** The facts `kind`'s fallback shows for an error whose server sent `details`. */
function factsFrom<Kind extends FactsKind>(kind: Kind, details: Record<string, unknown>) {
  return detailFacts(new ApiError({ code: 'EXAMPLE', category: CATEGORY[kind], message: 'Something went wrong.', retryable: false, details }), kind);
}

/** The seed example whose heading ends with `heading`, normalized as it was sent. */
function seedError(seed: string, heading: string): ApiError {
  const example = SEED_EXAMPLES.find((candidate) => candidate.seed === seed && candidate.heading.endsWith(heading));
  if (!example) throw new Error(`no example ${seed} ${heading}`);
  return seedKit(seed as '000').normalize(example.body, { status: example.status, headers: example.headers, now: NOW });
}

describe('facts of the seed examples', () => {
  it('shows the required and current role of an ACCESS_DENIED (seed 000)', () => {
    expect(detailFacts(seedError('000', '`ACCESS_DENIED`'), 'access-denied')).toEqual({ requiredRole: 'admin', currentRole: 'user', permission: undefined });
  });

  it('shows the conflicting field and value of a DUPLICATE_RESOURCE (seed 000)', () => {
    expect(detailFacts(seedError('000', '`DUPLICATE_RESOURCE`'), 'conflict')).toEqual({ field: 'tmdb_id', value: '27205', state: undefined, expectedStates: undefined });
  });

  it('shows the current and expected states of an INVALID_STATE (seed 004)', () => {
    expect(detailFacts(seedError('004', 'INVALID_STATE (422)'), 'conflict')).toEqual({ field: undefined, value: undefined, state: 'completed', expectedStates: ['pending', 'processing'] });
  });

  it('shows the feature and plan of a FEATURE_NOT_AVAILABLE (seed 004)', () => {
    expect(detailFacts(seedError('004', 'FEATURE_NOT_AVAILABLE'), 'payment')).toEqual({ feature: 'premium_export', plan: 'free' });
  });

  it('shows what was used of which limit over which period for a QUOTA_EXCEEDED (seed 004)', () => {
    expect(detailFacts(seedError('004', 'QUOTA_EXCEEDED (429 Too Many Requests)'), 'quota')).toEqual({ used: 150, limit: 100, unit: undefined, period: 'monthly', resource: 'ai_generation' });
  });

  it('shows the limit and window of a RATE_LIMIT_EXCEEDED (seed 000)', () => {
    expect(detailFacts(seedError('000', '`RATE_LIMIT_EXCEEDED`'), 'rate-limited')).toEqual({ limit: 100, window: { value: 15, unit: 'minute' } });
  });

  it('shows the server, the connection error and the last contact of a PLEX_UNREACHABLE (seed 000)', () => {
    expect(detailFacts(seedError('000', '`PLEX_UNREACHABLE`'), 'plex')).toEqual({
      serverUrl: 'https://plex.local:32400',
      connectionError: 'ECONNREFUSED',
      lastReached: Date.parse('2025-01-15T10:30:00.000Z'),
      timeoutMs: undefined,
      plexError: undefined,
    });
  });

  it('shows the timeout of a PLEX_TIMEOUT and the sentence of a PLEX_ERROR (seed 000)', () => {
    expect(detailFacts(seedError('000', '`PLEX_TIMEOUT`'), 'plex').timeoutMs).toBe(10_000);
    expect(detailFacts(seedError('000', '`PLEX_ERROR`'), 'plex').plexError).toBe('Invalid authentication token');
  });

  it('shows the PIN and its expiry of a PIN_NOT_AUTHORIZED (seed 000)', () => {
    expect(detailFacts(seedError('000', '`PIN_NOT_AUTHORIZED`'), 'pin')).toEqual({ code: 'ABCD-EFGH', expiresAt: Date.parse('2025-01-15T12:15:00.000Z') });
  });

  it('shows nothing when the server sent no details', () => {
    expect(factsFrom('unavailable', {})).toEqual({ service: undefined });
    expect(factsFrom('rate-limited', {})).toEqual({ limit: undefined, window: undefined });
    expect(factsFrom('pin', {})).toEqual({ code: undefined, expiresAt: undefined });
  });
});

describe('where each fact is read from', () => {
  it('reads roles and permissions under their snake_case and camelCase names', () => {
    expect(factsFrom('access-denied', { required_role: 'admin' }).requiredRole).toBe('admin');
    expect(factsFrom('access-denied', { requiredRole: 'admin' }).requiredRole).toBe('admin');
    expect(factsFrom('access-denied', { current_role: 'viewer' }).currentRole).toBe('viewer');
    expect(factsFrom('access-denied', { currentRole: 'viewer' }).currentRole).toBe('viewer');
    expect(factsFrom('access-denied', { permission: 'users.delete' }).permission).toBe('users.delete');
    expect(factsFrom('access-denied', { required_permission: 'users.delete' }).permission).toBe('users.delete');
  });

  it('prefers the first name that holds a value, passing over null', () => {
    expect(factsFrom('access-denied', { required_role: null, requiredRole: 'editor' }).requiredRole).toBe('editor');
    expect(factsFrom('access-denied', { required_role: 'owner', requiredRole: 'editor' }).requiredRole).toBe('owner');
  });

  it('reads a quota resource as feature or resource, and its unit', () => {
    expect(factsFrom('quota', { feature: 'exports' }).resource).toBe('exports');
    expect(factsFrom('quota', { resource: 'storage' }).resource).toBe('storage');
    expect(factsFrom('quota', { used: 3, limit: 5, unit: 'GB', period: 'daily' })).toEqual({ used: 3, limit: 5, unit: 'GB', period: 'daily', resource: undefined });
  });

  it('reads a plan without a feature', () => {
    expect(factsFrom('payment', { plan: 'pro' })).toEqual({ feature: undefined, plan: 'pro' });
  });

  it('reads the rate limit alone and the window alone', () => {
    expect(factsFrom('rate-limited', { limit: 30 })).toEqual({ limit: 30, window: undefined });
    expect(factsFrom('rate-limited', { window: 'hour' })).toEqual({ limit: undefined, window: { value: 1, unit: 'hour' } });
  });

  it('reads the service that is down', () => {
    expect(factsFrom('unavailable', { service: 'Payments' })).toEqual({ service: 'Payments' });
  });

  it('reads the Plex server under server_url and serverUrl', () => {
    expect(factsFrom('plex', { serverUrl: 'https://plex.example.com' }).serverUrl).toBe('https://plex.example.com');
  });
});

describe('short names (roles, plans, states, services)', () => {
  it('trims the spaces around a name', () => {
    expect(factsFrom('access-denied', { current_role: '  user ' }).currentRole).toBe('user');
  });

  it('accepts names that start with a digit or hold digits, dots and dashes', () => {
    expect(factsFrom('payment', { feature: '4k_streaming', plan: 'pro-2024.1' })).toEqual({ feature: '4k_streaming', plan: 'pro-2024.1' });
    expect(factsFrom('payment', { plan: 'Entreprise Été' }).plan).toBe('Entreprise Été');
  });

  it('accepts a name of 40 characters and withholds a longer one', () => {
    expect(factsFrom('payment', { plan: 'p'.repeat(40) }).plan).toBe('p'.repeat(40));
    expect(factsFrom('payment', { plan: 'p'.repeat(41) }).plan).toBeUndefined();
  });

  it('withholds a name that starts or ends with punctuation', () => {
    expect(factsFrom('access-denied', { required_role: '_internal_admin' }).requiredRole).toBeUndefined();
    expect(factsFrom('access-denied', { required_role: '<b>admin' }).requiredRole).toBeUndefined();
    expect(factsFrom('access-denied', { required_role: 'admin; DROP' }).requiredRole).toBeUndefined();
    expect(factsFrom('access-denied', { required_role: 'admin@corp' }).requiredRole).toBeUndefined();
  });

  it('withholds a name that is not a string', () => {
    expect(factsFrom('access-denied', { required_role: 42, current_role: ['user'] })).toEqual({ requiredRole: undefined, currentRole: undefined, permission: undefined });
    expect(factsFrom('access-denied', { permission: true }).permission).toBeUndefined();
  });

  it('withholds a name that gives away an internal host', () => {
    expect(factsFrom('unavailable', { service: 'payments.internal' }).service).toBeUndefined();
    expect(factsFrom('unavailable', { service: 'payments' }).service).toBe('payments');
  });
});

describe('lists of states', () => {
  it('keeps the well-formed states and drops the others', () => {
    expect(factsFrom('conflict', { expected_states: ['pending', '<script>', 'processing', 7] }).expectedStates).toEqual(['pending', 'processing']);
  });

  it('reads at most the first ten states', () => {
    const states = Array.from({ length: 12 }, (_, index) => `state_${index + 1}`);
    expect(factsFrom('conflict', { expected_states: states }).expectedStates).toEqual(states.slice(0, 10));
  });

  it('shows no list when none of it is well formed, it is empty, or it is not a list', () => {
    expect(factsFrom('conflict', { expected_states: ['<script>', 7] }).expectedStates).toBeUndefined();
    expect(factsFrom('conflict', { expected_states: [] }).expectedStates).toBeUndefined();
    expect(factsFrom('conflict', { expected_states: 'pending' }).expectedStates).toBeUndefined();
    expect(factsFrom('conflict', { current_state: 'shipped' })).toEqual({ field: undefined, value: undefined, state: 'shipped', expectedStates: undefined });
  });
});

describe('the value a user gave', () => {
  it('shows a number as text, and a string trimmed', () => {
    expect(factsFrom('conflict', { conflict_value: 27205 }).value).toBe('27205');
    expect(factsFrom('conflict', { conflict_value: ' jane@example.com ' }).value).toBe('jane@example.com');
  });

  it('shows a value of up to 100 characters and withholds a longer one', () => {
    expect(factsFrom('conflict', { conflict_value: 'word '.repeat(20).trim() + 'x' }).value).toBe('word '.repeat(20).trim() + 'x');
    expect(factsFrom('conflict', { conflict_value: 'word '.repeat(20) + 'xx' }).value).toBeUndefined();
  });

  it('withholds a blank value', () => {
    expect(factsFrom('conflict', { conflict_value: '   ' }).value).toBeUndefined();
    expect(factsFrom('conflict', { conflict_value: '' }).value).toBeUndefined();
  });

  it('withholds a value that is neither text nor a finite number', () => {
    expect(factsFrom('conflict', { conflict_value: { id: 5 } }).value).toBeUndefined();
    expect(factsFrom('conflict', { conflict_value: true }).value).toBeUndefined();
    expect(factsFrom('conflict', { conflict_value: Number.POSITIVE_INFINITY }).value).toBeUndefined();
  });

  it('withholds a value that carries a secret', () => {
    expect(factsFrom('conflict', { conflict_value: 'postgres://app:s3cret@db.example.com/app' }).value).toBeUndefined();
  });
});

describe('counts', () => {
  it('reads a count from a number or a numeric string, with up to six decimals', () => {
    expect(factsFrom('quota', { used: '150', limit: ' 200 ' })).toMatchObject({ used: 150, limit: 200 });
    expect(factsFrom('quota', { used: '2.5', limit: '2.75' })).toMatchObject({ used: 2.5, limit: 2.75 });
    expect(factsFrom('quota', { used: 0 }).used).toBe(0);
  });

  it('withholds a numeric string in another notation', () => {
    expect(factsFrom('quota', { limit: '1e3' }).limit).toBeUndefined();
    expect(factsFrom('quota', { limit: '0x10' }).limit).toBeUndefined();
    expect(factsFrom('quota', { limit: '+5' }).limit).toBeUndefined();
  });

  it('withholds a count that is negative, too large or not a number', () => {
    expect(factsFrom('quota', { used: -5 }).used).toBeUndefined();
    expect(factsFrom('quota', { used: 1e16 }).used).toBeUndefined();
    expect(factsFrom('quota', { used: 1e15 }).used).toBe(1e15);
    expect(factsFrom('quota', { limit: 'unlimited' }).limit).toBeUndefined();
    expect(factsFrom('quota', { limit: true }).limit).toBeUndefined();
  });

  it('shows a Plex timeout of up to an hour', () => {
    expect(factsFrom('plex', { timeout_duration: 3_600_000 }).timeoutMs).toBe(3_600_000);
    expect(factsFrom('plex', { timeout_duration: 3_600_001 }).timeoutMs).toBeUndefined();
  });
});

describe('words from a known set', () => {
  it('matches a unit or period in any case and gives its own spelling', () => {
    expect(factsFrom('quota', { unit: 'gib', period: 'MONTHLY' })).toMatchObject({ unit: 'GiB', period: 'monthly' });
    expect(factsFrom('quota', { unit: ' MB ' }).unit).toBe('MB');
    expect(factsFrom('plex', { connection_error: 'econnrefused' }).connectionError).toBe('ECONNREFUSED');
    expect(factsFrom('plex', { connection_error: 'ETIMEDOUT' }).connectionError).toBe('ETIMEDOUT');
  });

  it('withholds a word outside the set or not a string', () => {
    expect(factsFrom('quota', { unit: 'furlongs' }).unit).toBeUndefined();
    expect(factsFrom('quota', { unit: 5, period: ['daily'] })).toMatchObject({ unit: undefined, period: undefined });
    expect(factsFrom('plex', { connection_error: 'EPERM' }).connectionError).toBeUndefined();
  });
});

describe('rate-limit windows', () => {
  it('reads a number of a unit, singular or plural, in any case', () => {
    expect(factsFrom('rate-limited', { window: '1 hour' }).window).toEqual({ value: 1, unit: 'hour' });
    expect(factsFrom('rate-limited', { window: 'minute' }).window).toEqual({ value: 1, unit: 'minute' });
    expect(factsFrom('rate-limited', { window: '30 Seconds' }).window).toEqual({ value: 30, unit: 'second' });
    expect(factsFrom('rate-limited', { window: '15minutes' }).window).toEqual({ value: 15, unit: 'minute' });
    expect(factsFrom('rate-limited', { window: ' 24 hours ' }).window).toEqual({ value: 24, unit: 'hour' });
  });

  it('withholds a window in other words, a negative one or a bare number', () => {
    expect(factsFrom('rate-limited', { window: '1 hour sliding' }).window).toBeUndefined();
    expect(factsFrom('rate-limited', { window: '-1 minutes' }).window).toBeUndefined();
    expect(factsFrom('rate-limited', { window: 'fortnight' }).window).toBeUndefined();
    expect(factsFrom('rate-limited', { window: 60 }).window).toBeUndefined();
  });
});

describe('Plex sentences', () => {
  it('shows a sentence trimmed', () => {
    expect(factsFrom('plex', { plex_error: '  Server is shutting down for maintenance ' }).plexError).toBe('Server is shutting down for maintenance');
  });

  it('withholds a bare token, markup or a stack frame', () => {
    expect(factsFrom('plex', { plex_error: 'pending_verification' }).plexError).toBeUndefined();
    expect(factsFrom('plex', { plex_error: '<html><body>Bad Gateway</body></html>' }).plexError).toBeUndefined();
    expect(factsFrom('plex', { plex_error: 'at Object.<anonymous> (/app/server.js:12:5)' }).plexError).toBeUndefined();
    expect(factsFrom('plex', { plex_error: 401 }).plexError).toBeUndefined();
  });
});

describe('instants', () => {
  it('reads ISO 8601 instants with or without seconds, fractions and offsets', () => {
    const at = Date.parse('2025-01-15T10:30:00.000Z');
    expect(factsFrom('plex', { last_successful: '2025-01-15T10:30Z' }).lastReached).toBe(at);
    expect(factsFrom('plex', { last_successful: '2025-01-15T10:30:00Z' }).lastReached).toBe(at);
    expect(factsFrom('plex', { last_successful: '2025-01-15T10:30:00.123456789Z' }).lastReached).toBe(at + 123);
    expect(factsFrom('plex', { last_successful: '2025-01-15T11:30:00+01:00' }).lastReached).toBe(at);
    expect(factsFrom('plex', { last_successful: '2025-01-15T11:30:00+0100' }).lastReached).toBe(at);
    expect(factsFrom('plex', { last_successful: '2025-01-15T05:30:00.5-05:00' }).lastReached).toBe(at + 500);
  });

  it('withholds a date in another format', () => {
    expect(factsFrom('plex', { last_successful: 'Wed, 15 Jan 2025 10:30:00 GMT' }).lastReached).toBeUndefined();
    expect(factsFrom('plex', { last_successful: '+002025-01-15T10:30:00.000Z' }).lastReached).toBeUndefined();
    expect(factsFrom('plex', { last_successful: '2025-01-15T10:30:00Z\u0000' }).lastReached).toBeUndefined();
    expect(factsFrom('plex', { last_successful: 1736937000000 }).lastReached).toBeUndefined();
    expect(factsFrom('plex', { last_successful: ['2025-01-15T10:30:00Z'] }).lastReached).toBeUndefined();
  });

  it('withholds an instant that names no day', () => {
    expect(factsFrom('pin', { expires_at: '2025-13-45T10:30:00Z' }).expiresAt).toBeUndefined();
  });
});

describe('Plex server addresses', () => {
  it('shows an http or https address without its trailing slash', () => {
    expect(factsFrom('plex', { server_url: 'http://192.168.1.20:32400/' }).serverUrl).toBe('http://192.168.1.20:32400');
    expect(factsFrom('plex', { server_url: 'https://plex.example.com/web/' }).serverUrl).toBe('https://plex.example.com/web');
  });

  it('reads an address pasted with spaces around it', () => {
    expect(factsFrom('plex', { server_url: ' https://plex.local:32400 ' }).serverUrl).toBe('https://plex.local:32400');
    expect(factsFrom('plex', { server_url: '\u00a0https://plex.local:32400' }).serverUrl).toBe('https://plex.local:32400');
  });

  it('shows an address of up to 200 characters and withholds a longer one', () => {
    const base = 'https://plex.example.com/library/';
    expect(factsFrom('plex', { server_url: base + 'a'.repeat(200 - base.length) }).serverUrl).toBe(base + 'a'.repeat(200 - base.length));
    expect(factsFrom('plex', { server_url: base + 'a'.repeat(201 - base.length) }).serverUrl).toBeUndefined();
  });

  it('withholds an address without an http scheme', () => {
    expect(factsFrom('plex', { server_url: 'www.plex.tv/?return=https://app.plex.tv' }).serverUrl).toBeUndefined();
    expect(factsFrom('plex', { server_url: '/web/index.html' }).serverUrl).toBeUndefined();
    expect(factsFrom('plex', { server_url: 'ftp://plex.example.com' }).serverUrl).toBeUndefined();
    expect(factsFrom('plex', { server_url: 32400 }).serverUrl).toBeUndefined();
  });

  it('withholds an address that carries credentials', () => {
    expect(factsFrom('plex', { server_url: 'https://admin@plex.local:32400' }).serverUrl).toBeUndefined();
    expect(factsFrom('plex', { server_url: 'https://admin:hunter2@plex.local:32400' }).serverUrl).toBeUndefined();
  });

  it.each([
    'https://plex.local:32400/library?X-Plex-Token=abc123def456ghi789jkl',
    'https://plex.local:32400/library?X-Plex-Token=abcdefghij',
    'https://plex.local:32400/library?token=short1',
    'https://plex.local:32400/library#X-Plex-Token=abcdefghij',
    'https://plex.local:32400/library?a=1&X-Plex-Token=zz',
  ])('shows %s as its server address only, never its query or fragment', (serverUrl) => {
    expect(factsFrom('plex', { server_url: serverUrl }).serverUrl).toBe('https://plex.local:32400/library');
  });
});

describe('Plex PINs', () => {
  it('shows a PIN of one to four groups, in any case', () => {
    expect(factsFrom('pin', { pin_code: 'WXYZ' }).code).toBe('WXYZ');
    expect(factsFrom('pin', { pin_code: 'abcd-efgh' }).code).toBe('abcd-efgh');
    expect(factsFrom('pin', { pin_code: 'AB12-CD34-EF56-GH78' }).code).toBe('AB12-CD34-EF56-GH78');
  });

  it('withholds anything else given as a PIN', () => {
    expect(factsFrom('pin', { pin_code: 'ABCD EFGH' }).code).toBeUndefined();
    expect(factsFrom('pin', { pin_code: '#ABCD-EFGH' }).code).toBeUndefined();
    expect(factsFrom('pin', { pin_code: 'AB12-CD34-EF56-GH78-IJ90' }).code).toBeUndefined();
    expect(factsFrom('pin', { pin_code: 'A' }).code).toBeUndefined();
    expect(factsFrom('pin', { pin_code: 123456 }).code).toBeUndefined();
  });
});

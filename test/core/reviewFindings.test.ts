import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { isApiError } from '../../src/core/isApiError';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { MAX_SELF_RETRY_MS, selfRetryDelay } from '../../src/core/retry/selfRetry';
import { server } from '../msw/server';

describe('field messages', () => {
  it('replaces SQL and stack traces a framework leaked into a field message', () => {
    const error = normalizeError(
      { message: 'The given data was invalid.', errors: { email: ["SQLSTATE[23000]: Integrity constraint violation (SQL: insert into users (email) values (a@b.c))"] } },
      { status: 422 },
    );
    expect(error.fieldErrors).toEqual([{ field: 'email', message: 'This value is not valid.' }]);
  });

  it('keeps plain prose, and gives a message with code’s characters (angle brackets) the kit’s words', () => {
    const error = normalizeError(
      { errors: { plan: ['Select a plan from the list'], age: ['The age must be < 18 and > 5.'], tags: ['Use <b> or <i> only'] }, message: 'Invalid' },
      { status: 422 },
    );
    expect(error.fieldErrors.map((fieldError) => fieldError.message)).toEqual(['Select a plan from the list', 'This value is not valid.', 'This value is not valid.']);
  });

  it('never keeps the echoed value of a secret', () => {
    const error = normalizeError({ detail: [{ loc: ['body', 'password'], msg: 'String should have at least 12 characters', type: 'string_too_short', input: 'hunter2' }] }, { status: 422 });
    expect(error.fieldErrors[0]).toEqual({ field: 'password', message: 'String should have at least 12 characters', type: 'string_too_short' });
  });
});

describe('details', () => {
  it('drops file paths and inline stacks, whatever the key', () => {
    const error = normalizeError({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'x', details: { connection_error: "ENOENT: no such file or directory, open '/var/lib/plexmediaserver/Preferences.xml'", server_url: 'https://plex.local:32400' } } }, { status: 503 });
    expect(error.details).toEqual({ server_url: 'https://plex.local:32400' });
  });
});

describe('very long waits', () => {
  it('keeps a 30-day Retry-After but never schedules a retry on screen for it', () => {
    const error = normalizeError('', { status: 429, headers: { 'Retry-After': '2592000' } });
    expect(error.retryAfterMs).toBe(2_592_000_000);
    expect(selfRetryDelay(error, 0)).toBeUndefined();
    expect(selfRetryDelay(normalizeError('', { status: 429, headers: { 'Retry-After': String(MAX_SELF_RETRY_MS / 1000) } }), 0)).toBe(MAX_SELF_RETRY_MS);
  });

  it('ignores a wait too large to be a number of milliseconds', () => {
    expect(normalizeError({ error: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retryAfter: 1e308 } }, { status: 429 }).retryAfterMs).toBeUndefined();
  });
});

describe('apiFetch over the whole exchange', () => {
  it('times out a body that stalls after the headers', async () => {
    server.use(
      http.get('http://api.test/stall', () => {
        const stream = new ReadableStream({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items": ['));
            await delay(2000);
            controller.close();
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const error = await apiFetch('http://api.test/stall', { timeoutMs: 50 }).catch((thrown: unknown) => thrown);
    expect(isApiError(error) && error.code).toBe('TIMEOUT');
  });

  it('resolves a GraphQL partial result that has data', async () => {
    server.use(http.post('http://api.test/graphql', () => HttpResponse.json({ data: { me: { id: '1' } }, errors: [{ message: 'Field "legacyId" is deprecated' }] })));
    await expect(apiFetch('http://api.test/graphql', { method: 'POST' })).resolves.toMatchObject({ data: { me: { id: '1' } } });
  });
});

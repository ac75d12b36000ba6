import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { misreadings, PUBLISHED, PUBLISHED_HOLDOUT, scoreReadings, type PublishedResponse } from '../../fixtures/public-apis/score';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { apiFetch } from '../../src/fetch/apiFetch';
import { rejectionOf } from '../helpers/apiError';
import { server } from '../msw/server';

const read = (response: PublishedResponse) => normalizeError(response.body, { status: response.status, headers: response.headers });

// The corpus's bodies the default kit reads otherwise than the corpus's reader, and why.
const KNOWN_MISREADINGS: Readonly<Record<string, string>> = {
  // The standard google.rpc examples hold these same published bodies, and read as they did
  // before public APIs were read (the canonical status decides, not the ErrorInfo reason).
  '429 RESOURCE_EXHAUSTED that is really a zone capacity stockout, with ErrorInfo, LocalizedMessage and Help details': 'pinned by a standard example',
  'Cloud Translation called with an invalid API key: 400 INVALID_ARGUMENT with legacy errors[] and ErrorInfo reason API_KEY_INVALID': 'pinned by a standard example',
  'Cloud Natural Language called with an invalid API key (no legacy errors[])': 'pinned by a standard example',
  // Seed 000 documents METHOD_NOT_ALLOWED as a validation error; DRF's 405 reads the same way.
  'DELETE not allowed on the resource': 'pinned by seed 000',
  'custom handler adds status_code to the 405 body': 'pinned by seed 000',
  // Only words say these, and no phrase any other API shares.
  "anti-abuse throttle on an address that signed up to many lists recently, sent as 400 'Invalid Resource' with no errors array": 'a throttle said only in its own words',
  'sign-up with a malformed email: message is a bare code, errors[] in the legacy Google shape': 'the field is named only inside a bare code',
  // Slack sends both "something_bad" (unknown) and "too_many_attachments" (the request) the same way.
  'chat.postMessage with more than 100 attachments (HTTP 200 with ok:false)': 'an unknown code at 200 stays unknown',
};

describe('published error bodies of public APIs, read by the default kit', () => {
  const expected = PUBLISHED.filter((response) => !(response.description in KNOWN_MISREADINGS));

  it.each(expected.map((response) => [`${response.api}: ${response.description}`, response] as const))('%s', (_, response) => {
    expect(misreadings(response, read(response))).toEqual([]);
  });

  it('still misreads only the bodies it is known to misread (so the list stays true)', () => {
    const known = PUBLISHED.filter((response) => response.description in KNOWN_MISREADINGS);
    expect(known).toHaveLength(Object.keys(KNOWN_MISREADINGS).length);
    for (const response of known) expect(misreadings(response, read(response)), response.description).not.toEqual([]);
  });

  it('reads at least 94 % of the corpus and two in three of the holdout right', () => {
    expect(scoreReadings(PUBLISHED, read).rate).toBeGreaterThanOrEqual(0.94);
    // The holdout (APIs not in the corpus, never tuned on) measures what the readers generalise to.
    expect(scoreReadings(PUBLISHED_HOLDOUT, read).rate).toBeGreaterThanOrEqual(0.66);
  });
});

describe('what public APIs say in a 200, through apiFetch', () => {
  it("rejects Slack's ok: false with the code's meaning: a missing scope is a permission problem, never retried", async () => {
    server.use(http.post('http://slack.test/api/chat.postMessage', () => HttpResponse.json({ ok: false, error: 'missing_scope', needed: 'chat:write:bot', provided: 'incoming-webhook' })));
    const error = await rejectionOf(apiFetch('http://slack.test/api/chat.postMessage', { method: 'POST', body: JSON.stringify({ text: 'hi' }) }));
    expect(error).toMatchObject({ code: 'MISSING_SCOPE', category: 'forbidden', retryable: false, details: { needed: 'chat:write:bot' } });
  });

  it("rejects Hasura's 200 with GraphQL errors as the sign-in prompt's error when the JWT is invalid", async () => {
    // As posted in hasura/graphql-engine#10774.
    server.use(http.post('http://hasura.test/v1/graphql', () => HttpResponse.json({ errors: [{ message: 'Could not verify JWT: JWSError NoUsableKeys', extensions: { path: '$', code: 'invalid-jwt' } }] })));
    const error = await rejectionOf(apiFetch('http://hasura.test/v1/graphql', { method: 'POST', body: '{}' }));
    expect(error).toMatchObject({ code: 'INVALID_JWT', category: 'unauthenticated', status: 200 });
  });

  it("waits out GitHub's 403 when the allowance is used up, measured by GitHub's own clock", async () => {
    const sent = Date.UTC(2026, 11, 6, 12, 0, 0);
    server.use(
      http.get('http://github.test/user', () =>
        HttpResponse.json(
          { message: 'API rate limit exceeded for 203.0.113.7.', documentation_url: 'https://docs.github.com/rest/rate-limit' },
          { status: 403, headers: { Date: new Date(sent).toUTCString(), 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(sent / 1000 + 600) } },
        ),
      ),
    );
    const error = await rejectionOf(apiFetch('http://github.test/user'));
    expect(error).toMatchObject({ category: 'rate-limited', retryAfterMs: 600_000 });
  });
});

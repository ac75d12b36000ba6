import { fc, test } from '@fast-check/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fullKit } from '../helpers/kits';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import type { FallbackProps } from '../../src/react/FallbackProps';
import { PlexPinPrompt } from '../../src/presets/medianest/PlexPinPrompt';
import { PlexUnreachable } from '../../src/presets/medianest/PlexUnreachable';
import { QuotaExceeded } from '../../src/react/fallbacks/QuotaExceeded';
import { RateLimited } from '../../src/react/fallbacks/RateLimited';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import type { Catalogue, MessageKey } from '../../src/locales/en';
import en from '../../src/locales/en';
import de from '../../src/locales/de';

// The seeds' bodies, read by the whole kit (every preset), which the fallbacks below render under.
const normalizeError = fullKit.normalize;
const rateLimited = () =>
  normalizeError({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', details: { limit: 1, window: '15 minutes' } } }, { status: 429, headers: { 'Retry-After': '30' } });
const quota = () => normalizeError({ success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Quota exceeded', context: { feature: 'storage', limit: 10_000, used: 12_345 } } }, { status: 429 });
const plex = () =>
  normalizeError(
    { success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Plex down', details: { server_url: 'https://plex.local:32400', connection_error: 'ECONNREFUSED', timeout_duration: 5000, last_successful: '2024-01-01T00:00:00Z' } } },
    { status: 503 },
  );
const validation = () => normalizeError({ errors: { email: ['is invalid'], name: ['is required'], a: ['x'], b: ['y'] } }, { status: 422 });
const pin = () =>
  normalizeError({ success: false, error: { code: 'PIN_NOT_AUTHORIZED', message: 'Enter the PIN', details: { pin_code: 'ABCD', auth_url: 'https://plex.tv/link', expires_at: '2099-01-01T12:00:00Z' } } }, { status: 400 });

const FALLBACKS: Array<[string, ComponentType<FallbackProps>, () => ReturnType<typeof normalizeError>]> = [
  ['RateLimited', RateLimited, rateLimited],
  ['QuotaExceeded', QuotaExceeded, quota],
  ['PlexUnreachable', PlexUnreachable, plex],
  ['ValidationSummary', (props) => <ValidationSummary {...props} maxEntries={2} />, validation],
  ['PlexPinPrompt', PlexPinPrompt, pin],
];

// Catalogues an app or a translator might hand over: each is a mistake the kit must survive.
const BROKEN: Array<[string, Record<string, unknown>]> = [
  ['a plural message without its other form', { 'rateLimit.limitPer': { one: 'Höchstens eine Anfrage pro {window}.' }, 'summary.more': { one: 'Und noch ein Problem.' } }],
  ['a number as a message', { 'rateLimit.limitPer': 42, 'quota.usedFor': 7, 'plex.server': 1 }],
  ['null, arrays and objects as messages', { 'retry.tryingAgainIn': null, 'category.quota.title': ['a'], 'plex.problem': { two: 'x' } }],
  ['plural forms that are not text', { 'rateLimit.limitPer': { one: 1, other: 2 }, 'summary.more': { other: null } }],
  ['a getter that throws', Object.defineProperty({}, 'rateLimit.limitPer', { enumerable: true, get: () => { throw new Error('boom'); } })],
];

describe('a catalogue with mistakes in it', () => {
  describe.each(FALLBACKS)('%s', (_name, Fallback, error) => {
    it.each(BROKEN)('shows English for the keys it spoils (%s), and never crashes', (_mistake, messages) => {
      render(
        <ApiErrorProvider kit={fullKit} messages={messages as Partial<Catalogue>} locale="de">
          <Fallback error={error()} onRetry={() => undefined} />
        </ApiErrorProvider>,
      );
      const text = document.body.textContent ?? '';
      expect(text).not.toMatch(/\[object |undefined|NaN|^$/);
      // The last-resort panel is what a fallback that crashed leaves behind.
      expect(document.querySelector('.aek-fallback--last-resort')).toBeNull();
    });

    it.each(BROKEN)('renders on the server with %s', (_mistake, messages) => {
      expect(() =>
        renderToString(
          <ApiErrorProvider kit={fullKit} messages={messages as Partial<Catalogue>} locale="de">
            <Fallback error={error()} />
          </ApiErrorProvider>,
        ),
      ).not.toThrow();
    });
  });

  it('says a spoilt plural message in English, its numbers in English too', () => {
    const { container } = render(
      <ApiErrorProvider kit={fullKit} messages={{ ...de, 'rateLimit.limitPer': { one: 'Höchstens eine Anfrage pro {window}.' } as never }} locale="de">
        <RateLimited error={rateLimited()} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    expect(container.querySelector('.aek-fallback__facts')).toHaveTextContent('The limit is 1 request every 15 minutes.');
  });
});

describe('a locale without its words', () => {
  it('with locale "de" and no messages, says every phrase in English, units included', () => {
    render(
      <ApiErrorProvider kit={fullKit} locale="de">
        <RateLimited error={rateLimited()} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 30 seconds');
    expect(document.body.textContent).not.toMatch(/Sekunden|Minuten/);
  });

  it('a partial German catalogue that lacks "a few seconds" says the whole countdown in English', () => {
    const partial: Partial<Catalogue> = { ...de };
    delete (partial as Record<string, unknown>)['wait.fewSeconds'];
    const error = normalizeError({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '5' } });
    render(
      <ApiErrorProvider kit={fullKit} locale="de" messages={partial}>
        <RateLimited error={error} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Trying again in a few seconds/);
  });

  it('keeps German whole where the German catalogue has every word of the phrase', () => {
    render(
      <ApiErrorProvider kit={fullKit} locale="de" messages={de}>
        <RateLimited error={rateLimited()} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('30 Sekunden');
  });

  it('survives a locale tag Intl refuses', () => {
    render(
      <ApiErrorProvider kit={fullKit} locale="not a locale!!">
        <PlexUnreachable error={plex()} onRetry={() => undefined} />
        <PlexPinPrompt error={pin()} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('ABCD')).toBeInTheDocument();
  });
});

const KEYS = Object.keys(en) as MessageKey[];

describe('any catalogue at all', () => {
  test.prop([fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.string(), fc.anything(), fc.record({ one: fc.anything(), other: fc.anything(), two: fc.anything() }, { requiredKeys: [] }))), fc.constantFrom('en', 'de', 'ar', 'ja', 'fr-CA', 'zz', '')], { numRuns: 60 })(
    'every fallback renders, with text where text belongs and no crash',
    (messages, locale) => {
      for (const [, Fallback, error] of FALLBACKS) {
        render(
          <ApiErrorProvider kit={fullKit} messages={messages as Partial<Catalogue>} locale={locale}>
            <Fallback error={error()} onRetry={() => undefined} />
          </ApiErrorProvider>,
        );
        expect(document.body.textContent).not.toMatch(/\[object /);
        expect(document.querySelector('.aek-fallback--last-resort')).toBeNull();
        cleanup();
      }
    },
    // Sixty catalogues through every fallback: seconds on a busy machine, not a hang.
    30_000,
  );
});

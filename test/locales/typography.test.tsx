import { render } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../src/core/ApiError';
import { describeRelativeTime } from '../../src/core/format/describeTime';
import { durationIn, waitIn } from '../../src/core/messages/describeWait';
import { formatIn, formatMessage, type MessageValue, type Words } from '../../src/core/messages/formatMessage';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import en, { type Catalogue } from '../../src/locales/en';
import es from '../../src/locales/es';
import fr from '../../src/locales/fr';
import ja from '../../src/locales/ja';
import { PlexPinPrompt } from '../../src/presets/medianest/PlexPinPrompt';
import { PlexUnreachable } from '../../src/presets/medianest/PlexUnreachable';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { ConflictNotice } from '../../src/react/fallbacks/ConflictNotice';
import { GenericFallback } from '../../src/react/fallbacks/GenericFallback';
import { QuotaExceeded } from '../../src/react/fallbacks/QuotaExceeded';
import { RateLimited } from '../../src/react/fallbacks/RateLimited';
import { ServerError } from '../../src/react/fallbacks/ServerError';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { selectFallback } from '../../src/react/selectFallback';
import { EVERY_CODE, errorForCode, responseStrings } from '../helpers/everyCode';
import { fullKit } from '../helpers/kits';
import { typographyProblems } from '../helpers/typography';

// Every sentence the kit can say in each language, with the waits, times and numbers a user
// meets, checked as a reader of that language would read it (test/helpers/typography.ts).
// "es-MX" is Spanish on a 12-hour clock, where 13:05 is "1:05 p. m.".

const LOCALES: ReadonlyArray<[string, Catalogue]> = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['es-MX', es],
  ['ja', ja],
  ['ar', ar],
];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Local clock times, so the clock shows these hours in any time zone the suite runs in.
const at = (hour: number) => new Date(2025, 0, 15, hour, 5).getTime();
const CLOCK_TIMES = [at(1), at(13), at(14)];
const NOW = at(12) - 5 * MINUTE;

/** The kit's words in a language: the catalogue and every preset's. */
const wordsFor = (tag: string, catalogue: Catalogue): Words => ({ ...catalogue, ...fullKit.words[tag.split('-')[0] ?? tag] });

/** Values as the fallbacks put them in: waits and durations in words of the phrase's language, numbers, names. */
function valuesFor(tag: string, catalogue: Catalogue): Record<string, readonly MessageValue[]> {
  const period = (key: string) => formatMessage(catalogue, tag, key);
  return {
    wait: [1 * SECOND, 30 * SECOND, 5 * MINUTE, 2 * HOUR, 3 * DAY, 90 * DAY].map(waitIn),
    window: [durationIn(1, 'second'), durationIn(30, 'second'), durationIn(5, 'minute'), durationIn(15, 'minute'), durationIn(2, 'hour'), durationIn(1, 'day')],
    duration: [durationIn(1, 'second'), durationIn(10, 'second'), durationIn(30, 'second')],
    ago: [30 * SECOND, 5 * MINUTE, 2 * HOUR, 3 * DAY].map((ms) => ({ locale }: { locale: string }) => describeRelativeTime(NOW - ms, NOW, locale)),
    relative: [30 * SECOND, 15 * MINUTE, 2 * HOUR].map((ms) => ({ locale }: { locale: string }) => describeRelativeTime(NOW + ms, NOW, locale)),
    used: [12_345, 1, 1.5],
    limit: [10_000, 2, 1_000_000],
    period: ['quota.period.hour', 'quota.period.day', 'quota.period.month'].map(period),
    message: [formatMessage(catalogue, tag, 'field.invalid')],
    service: ['Billing'],
    role: ['admin'],
    permission: ['export'],
    field: ['email'],
    value: ['ada@example.com'],
    state: ['archived'],
    expected: ['active'],
    feature: ['export'],
    plan: ['Pro'],
    resource: ['storage'],
    code: ['ABCD-EFGH'],
    target: ['plex.tv/link'],
    reference: ['err_abc123'],
  };
}

const COUNTS = [0, 1, 2, 3, 5, 11, 100, 1_000_000];

/** Each message said with each representative value of each of its placeholders (and each count). */
function sentencesOf(tag: string, words: Words, values: Record<string, readonly MessageValue[]>): Array<[string, string]> {
  const said: Array<[string, string]> = [];
  for (const [key, message] of Object.entries(words)) {
    const text = typeof message === 'string' ? message : Object.values(message).join(' ');
    const names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].filter((name) => name !== 'count');
    // A clock time's sentence is said by the fallback that knows the time: see "in the fallbacks" below.
    if (names.includes('time')) continue;
    const variants = Math.max(COUNTS.length, ...names.map((name) => values[name]?.length ?? 1));
    for (let index = 0; index < variants; index += 1) {
      const filled: Record<string, MessageValue> = { count: COUNTS[index % COUNTS.length] ?? 1 };
      for (const name of names) {
        const options = values[name];
        if (!options) throw new Error(`no representative value for {${name}} (${key})`);
        filled[name] = options[index % options.length] ?? '';
      }
      const sentence = formatIn({ catalogue: words, locale: tag }, key, filled);
      if (sentence === undefined) throw new Error(`${tag} cannot say ${key}`);
      said.push([key, sentence]);
    }
  }
  return said;
}

/** Each problem a reader would see, with the sentence it is in. */
const problemsIn = (tag: string, sentences: ReadonlyArray<readonly [string, string]>) =>
  [...new Set(sentences.flatMap(([where, text]) => typographyProblems(tag, text).map((problem) => `${where}: ${problem} in ${JSON.stringify(text)}`)))];

describe('every message of every catalogue, with waits, durations and numbers put in', () => {
  it.each(LOCALES)('%s', (tag, catalogue) => {
    expect(problemsIn(tag, sentencesOf(tag, wordsFor(tag, catalogue), valuesFor(tag, catalogue)))).toEqual([]);
  });

  it('leaves no clock time to a sentence no fallback below says', () => {
    const withTime = Object.entries({ ...en, ...fullKit.words['en'] }).filter(([, message]) => JSON.stringify(message).includes('{time}'));
    expect(withTime.map(([key]) => key)).toEqual(['pin.expiresAt']);
  });
});

// ---- The fallbacks that state waits, times and numbers, as a user sees them ----

/** The sentences on the page: headings, paragraphs, list items, terms, live regions, inline errors (a button in a sentence is its own). */
function sentencesOnPage(container: HTMLElement, where: string, serverText: readonly string[] = []): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const element of container.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, dt, dd, button, a, [role="status"], .aek-visually-hidden')) {
    const copy = element.cloneNode(true) as HTMLElement;
    if (element.tagName !== 'BUTTON') for (const button of copy.querySelectorAll('button')) button.remove();
    // The server's own words are the server's: the check reads only the kit's.
    let text = copy.textContent ?? '';
    for (const value of serverText) text = text.split(value).join('X');
    if (text.trim()) found.push([where, text]);
  }
  return found;
}

function renderIn(tag: string, catalogue: Catalogue, element: ReactElement) {
  return render(
    <ApiErrorProvider kit={fullKit} locale={tag} messages={catalogue}>
      {element}
    </ApiErrorProvider>,
  );
}

const medianestError = (code: string, status: number, details: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fullKit.normalize({ success: false, error: { code, message: 'Plex says no', details } }, { status, headers });

describe('in the fallbacks, in every locale', () => {
  afterEach(() => {
    vi.useRealTimers();
    fullKit.rateLimits.clear();
  });

  it.each(LOCALES)('%s: a PIN that expires at 01:05, 13:05 and 14:05', (tag, catalogue) => {
    const sentences: Array<[string, string]> = [];
    for (const expiresAt of CLOCK_TIMES) {
      vi.useFakeTimers({ now: expiresAt - 15 * MINUTE, toFake: ['Date'] });
      const error = medianestError('PIN_NOT_AUTHORIZED', 400, { pin_code: 'ABCD-EFGH', auth_url: 'https://plex.tv/link', expires_at: new Date(expiresAt).toISOString() });
      const { container, unmount } = renderIn(tag, catalogue, <PlexPinPrompt error={error} onRetry={() => undefined} />);
      sentences.push(...sentencesOnPage(container, `PIN expiring at ${new Date(expiresAt).getHours()}:05`, ['Plex says no']));
      unmount();
      vi.useRealTimers();
    }
    expect(sentences.some(([, text]) => /\d:05/.test(text))).toBe(true);
    expect(problemsIn(tag, sentences)).toEqual([]);
  });

  it.each(LOCALES)('%s: rate limits of 1 s, 30 s, 5 min and 2 h, and the limit per window', (tag, catalogue) => {
    const sentences: Array<[string, string]> = [];
    for (const [retryAfter, window] of [['1', '1 second'], ['30', '30 seconds'], ['300', '5 minutes'], ['7200', '2 hours']] as const) {
      for (const props of [{ onRetry: () => undefined }, { autoRetry: false }, { onRetry: () => undefined, attempt: 5 }]) {
        const error = fullKit.normalize({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', details: { limit: 2, window } } }, { status: 429, headers: { 'Retry-After': retryAfter } });
        const { container, unmount } = renderIn(tag, catalogue, <RateLimited error={error} {...props} />);
        sentences.push(...sentencesOnPage(container, `Retry-After ${retryAfter}`, ['Slow down']));
        unmount();
        fullKit.rateLimits.clear();
      }
    }
    expect(problemsIn(tag, sentences)).toEqual([]);
  });

  it.each(LOCALES)('%s: an unreachable Plex server, its timeout and when it was last reached', (tag, catalogue) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const sentences: Array<[string, string]> = [];
    for (const [timeout, since] of [[1000, 30 * SECOND], [30_000, 5 * MINUTE], [10_000, 2 * HOUR]] as const) {
      const details = { server_url: 'https://plex.local:32400', connection_error: 'ETIMEDOUT', timeout_duration: timeout, last_successful: new Date(NOW - since).toISOString() };
      const { container, unmount } = renderIn(tag, catalogue, <PlexUnreachable error={medianestError('PLEX_TIMEOUT', 504, details, { 'Retry-After': '300' })} onRetry={() => undefined} />);
      sentences.push(...sentencesOnPage(container, `timeout ${timeout} ms`, ['https://plex.local:32400', 'Plex says no']));
      unmount();
    }
    expect(problemsIn(tag, sentences)).toEqual([]);
  });

  it.each(LOCALES)('%s: quotas, conflicts, references and validation errors', (tag, catalogue) => {
    const quota = fullKit.normalize({ success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Over quota', details: { used: 12_345, limit: 10_000, unit: 'MB', period: 'monthly', feature: 'storage' } } }, { status: 429 });
    const conflict = fullKit.normalize({ success: false, error: { code: 'INVALID_STATE', message: 'Wrong state', details: { current_state: 'archived', expected_states: ['active', 'draft'] } } }, { status: 409 });
    const server = fullKit.normalize({ success: false, error: { code: 'INTERNAL_ERROR', message: 'Boom', details: { error_id: 'err_abc123' } } }, { status: 500 });
    const invalid = fullKit.normalize({ message: 'The given data was invalid.', errors: { email: ['This field is required.'] } }, { status: 422 });
    const serverText = ['Over quota', 'Wrong state', 'Boom', 'err_abc123', 'The given data was invalid.', 'This field is required.'];
    const { container } = renderIn(
      tag,
      catalogue,
      <>
        <QuotaExceeded error={quota} />
        <ConflictNotice error={conflict} onRetry={() => undefined} />
        <ServerError error={server} onRetry={() => undefined} />
        <GenericFallback error={server} onRetry={() => undefined} />
        <ValidationSummary error={invalid} labelFor={() => 'Email'} />
        <FieldErrorMessage fieldId="email" message="This field is required." />
      </>,
    );
    expect(problemsIn(tag, sentencesOnPage(container, 'facts', serverText))).toEqual([]);
  });
});

// ---- Every code's fallback, as the boundary shows it ----

/** Every string a response put on the page, longest first. */
function serverStrings(error: ApiError): string[] {
  return responseStrings(error).filter((text) => text.trim().length > 0).sort((a, b) => b.length - a.length);
}

describe("every code's fallback, retrying and stopped", () => {
  afterEach(() => {
    fullKit.rateLimits.clear();
  });

  it.each(LOCALES)('%s', (tag, catalogue) => {
    const sentences: Array<[string, string]> = [];
    for (const code of EVERY_CODE) {
      const error = errorForCode(code);
      for (const attempt of [0, 5]) {
        const fallback = createElement(selectFallback(error, fullKit, {}), { error, onRetry: () => undefined, attempt });
        const { container, unmount } = renderIn(tag, catalogue, fallback);
        sentences.push(...sentencesOnPage(container, code, serverStrings(error)));
        unmount();
        fullKit.rateLimits.clear();
      }
    }
    expect(problemsIn(tag, sentences)).toEqual([]);
  });
});

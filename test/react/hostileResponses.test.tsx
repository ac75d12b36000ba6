import { fc, test } from '@fast-check/vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleForCode } from '../../fixtures/codeExamples';
import { isApiError } from '../../src/core/isApiError';
import { fullKit } from '../helpers/kits';

const normalizeError = fullKit.normalize;
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { selectFallback } from '../../src/react/selectFallback';

// Every code of the whole kit (the standard ones and every preset's), read and shown by it.
const CODES = Object.keys(fullKit.registry.codes).filter((code) => code !== 'CANCELLED');
const steadyKit = fullKit.extend({ selfRetry: { random: () => 0 } });

function errorFor(code: string) {
  const example = exampleForCode(code);
  return fullKit.normalize(example.thrown ? example.thrown() : example.body, { status: example.status, headers: example.headers });
}

function throwing(value: unknown) {
  return function Failing(): never {
    throw value;
  };
}

/** Renders `value` thrown inside a boundary; returns the page's markup. */
function renderThrown(value: unknown) {
  const Failing = throwing(value);
  return render(
    <ApiErrorProvider kit={fullKit}>
      <main>
        <h1>Library</h1>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </main>
    </ApiErrorProvider>,
  );
}

const LAST_RESORT = '.aek-fallback--last-resort';
// What a prototype lookup puts on a page: a built-in function's source, or an object's tag.
const PROTOTYPE_LEAK = /native code|function Object|\[object Object\]/;

describe('no response knocks a fallback down to the last-resort panel', () => {
  const urls = ['https://[::1', 'https://exa mple.com/', 'https://plex.tv/%zz%', 'https://xn--.com/', 'https://аpple.com/', 'https://plex.tv:99999/link', '//evil.example', 'javascript:alert(1)', '/\\evil.example', 'https://[::1]:32400'];
  it.each(urls)('a sign-in or PIN URL of %j', (url) => {
    const { container } = renderThrown({
      success: false,
      error: { code: 'PIN_NOT_AUTHORIZED', message: 'PIN has not been authorized yet.', details: { pin_code: 'ABCD', auth_url: url, loginUrl: url, expires_at: '2026-11-27T12:15:00.000Z' } },
    });
    expect(container.querySelector(LAST_RESORT)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Finish signing in with Plex' })).toBeInTheDocument();
    for (const link of screen.queryAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^(?:https:\/\/|\/(?![/\\]))/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('a details value of %j used as a lookup key', (key) => {
    const bodies = [
      { success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Cannot connect to Plex server.', details: { connection_error: key, server_url: 'https://plex.local:32400' } } },
      { success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly API call quota exceeded.', context: { limit: 10, used: 10, period: key } } },
      { success: false, error: { code: 'INVALID_STATE', message: 'Cannot do that now.', details: { current_state: key, expected_states: [key] } } },
    ];
    for (const body of bodies) {
      const { container, unmount } = renderThrown(body);
      expect(container.querySelector(LAST_RESORT)).toBeNull();
      expect(container.textContent).not.toMatch(PROTOTYPE_LEAK);
      unmount();
    }
  });

  const hostileKey = fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'prototype', 'then', 'length', 'limit', 'used', 'period', 'unit', 'connection_error', 'server_url', 'last_successful', 'timeout_duration', 'plex_error', 'required_role', 'current_role', 'permission', 'feature', 'plan', 'service', 'window', 'pin_code', 'auth_url', 'expires_at', 'loginUrl', 'conflict_field', 'conflict_value', 'current_state', 'expected_states', 'retry_after');
  const hostileValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('constructor', '__proto__', 'https://[::1', 'javascript:alert(1)', '9'.repeat(400), '-1e308', 'NaN', 'Infinity'),
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  );
  test.prop([fc.constantFrom(...CODES), fc.dictionary(hostileKey, hostileValue, { maxKeys: 8 }), fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined })], { numRuns: 300 })(
    'any code with any details, from any envelope',
    (code, details, status) => {
      for (const body of [{ success: false, error: { code, message: 'Something failed.', details } }, { success: false, error: { code, message: 'Something failed.', context: details } }]) {
        const { container, unmount } = renderThrown(normalizeError(body, { status }));
        expect(container.querySelector(LAST_RESORT)).toBeNull();
        expect(container.textContent).not.toMatch(PROTOTYPE_LEAK);
        unmount();
      }
    },
    // 600 renders in jsdom: a couple of seconds alone, more on a busy machine.
    30_000,
  );
});

describe('server-rendered fallbacks hydrate without a mismatch', () => {
  const originalTimeZone = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = originalTimeZone;
    vi.useRealTimers();
  });

  it.each(CODES)('%s, with the clock moved and the time zone changed between server and browser', async (code) => {
    const error = errorFor(code);
    const Fallback = selectFallback(error, fullKit, {});
    const page = () => createElement(Fallback, { error, onRetry: () => undefined, onAutoRetry: () => undefined, attempt: 0, autoFocus: false });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 0, 15, 12, 0, 0) });
    process.env['TZ'] = 'America/Los_Angeles';
    const container = document.createElement('div');
    container.innerHTML = renderToString(page());
    document.body.append(container);

    vi.setSystemTime(Date.UTC(2025, 0, 15, 14, 17, 31));
    process.env['TZ'] = 'Asia/Tokyo';
    const recoverable: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, page(), { onRecoverableError: (thrown) => recoverable.push(thrown) }));
    expect(recoverable).toEqual([]);
    expect(container.querySelector(`[data-error-code="${code}"]`)).not.toBeNull();
    act(() => root.unmount());
    container.remove();
  });
});

describe("an application's callbacks never take the page down", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const reported = () => {
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.find((arg) => arg instanceof Error) ?? args[0]));
    window.addEventListener('error', (event) => event.preventDefault(), { once: true });
    return errors;
  };

  it('reports an onReset that throws when the reset keys change, and goes on', async () => {
    const errors = reported();
    const broken = new Error('onReset broke');
    function App() {
      const [path, setPath] = useState('/a');
      const Failing = throwing(normalizeError({ detail: 'Post not found' }, { status: 404 }));
      return (
        <>
          <button type="button" onClick={() => setPath('/b')}>
            Next page
          </button>
          <ApiErrorBoundary resetKeys={[path]} onReset={() => { throw broken; }}>
            {path === '/a' ? <Failing /> : <p>Page b</p>}
          </ApiErrorBoundary>
        </>
      );
    }
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Page b')).toBeInTheDocument();
    expect(errors.filter((error) => error === broken)).toHaveLength(1);
  });

  it('keeps a scheduled retry going when onReset throws each time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const errors = reported();
    let renders = 0;
    const broken = new Error('onReset broke during a scheduled retry');
    function Failing(): never {
      renders += 1;
      throw { success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Service temporarily unavailable' };
    }
    render(
      <ApiErrorProvider kit={steadyKit}>
        <ApiErrorBoundary onReset={() => { throw broken; }}>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    const before = renders;
    for (let second = 0; second < 8; second += 1) await act(() => vi.advanceTimersByTimeAsync(1000));
    // Retries at 1 s, then 2 s later, then 4 s later: three more renders of the failing child, and more.
    expect(renders - before).toBeGreaterThanOrEqual(3);
    expect(errors.filter((error) => error === broken)).toHaveLength(1);
    vi.useRealTimers();
  });

  it('reports an onError that throws, and still shows the fallback', () => {
    const errors = reported();
    const broken = new Error('onError broke');
    const Failing = throwing(normalizeError({ detail: 'Post not found' }, { status: 404 }));
    render(
      <ApiErrorBoundary onError={() => { throw broken; }}>
        <Failing />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(errors.filter((error) => error === broken)).toHaveLength(1);
  });

  it('shows the default sign-in link when the provider’s login.href throws, and survives login.onLogin throwing', async () => {
    const errors = reported();
    const Failing = throwing(normalizeError({ detail: 'Not authenticated' }, { status: 401 }));
    const { unmount } = render(
      <ApiErrorProvider login={{ href: () => { throw new Error('href broke'); } }}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
    unmount();
    render(
      <ApiErrorProvider login={{ onLogin: () => { throw new Error('onLogin broke'); } }}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
    // React also logs the ApiError each boundary caught; the application's throws are reported once each.
    expect(errors.filter((error) => !isApiError(error)).map(String)).toEqual(['Error: href broke', 'Error: onLogin broke']);
  });
});

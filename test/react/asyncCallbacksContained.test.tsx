import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { LoginPrompt } from '../../src/react/fallbacks/LoginPrompt';

// An app's async callback that rejects must be reported as the kit reports a throw, never left
// as an unhandled rejection for the page (or the server) to trip over.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let report: Mock<(error: unknown) => void>;

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  report = vi.fn();
  vi.stubGlobal('reportError', report);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
});

/** Lets every pending promise settle, and Node decide what is unhandled. */
async function settle() {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

let failing = true;
function Profile() {
  if (failing) throw normalizeError({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down' } }, { status: 503 });
  return <p>Ada Lovelace</p>;
}

describe('async callbacks that reject', () => {
  it('an async onError that rejects is reported, not left unhandled', async () => {
    failing = true;
    const onError = vi.fn(async () => {
      throw new Error('the reporting service is down');
    });
    render(
      <ApiErrorBoundary onError={onError}>
        <Profile />
      </ApiErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'This service is temporarily unavailable' })).toBeInTheDocument();
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(unhandled).toEqual([]);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'the reporting service is down' }));
  });

  it('an async onReset that rejects is reported, and "Try again" still brings the content back', async () => {
    failing = true;
    const user = userEvent.setup();
    const onReset = vi.fn(async () => {
      throw new Error('cache flush failed');
    });
    render(
      <ApiErrorBoundary onReset={onReset}>
        <Profile />
      </ApiErrorBoundary>,
    );
    failing = false;
    await user.click(await screen.findByRole('button', { name: 'Try now' }));
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    await settle();
    expect(unhandled).toEqual([]);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'cache flush failed' }));
  });

  it('a sign-in whose promise rejects is reported, and nothing retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onLogin = vi.fn(() => Promise.reject(new Error('popup blocked')));
    render(
      <ApiErrorProvider login={{ onLogin }}>
        <LoginPrompt error={normalizeError({}, { status: 401 })} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    await waitFor(() => expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'popup blocked' })));
    expect(onRetry).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { standardDialects } from '../../../src/core/dialects/standardDialects';
import { createErrorKit } from '../../../src/core/kit/createErrorKit';
import { medianest } from '../../../src/presets/medianest/index';
import { PlexPinPrompt } from '../../../src/presets/medianest/PlexPinPrompt';
import { ApiErrorBoundary } from '../../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../../src/react/ApiErrorSettings';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

const kit = createErrorKit({ presets: [medianest], dialects: standardDialects });
const pinAt = (authUrl: string) =>
  kit.normalize({ success: false, error: { code: 'PIN_NOT_AUTHORIZED', message: 'Authorize the PIN.', details: { pin_code: 'ABCD-EFGH', auth_url: authUrl } } }, { status: 400 });

describe('PlexPinPrompt (the MediaNest preset)', () => {
  itKeepsTheFallbackContract(PlexPinPrompt, () => seedError('000', '`PIN_NOT_AUTHORIZED`'));

  it('shows the Plex PIN, its link and its expiry, and "I have entered the code" retries', async () => {
    vi.useFakeTimers({ now: Date.parse('2025-01-15T12:00:00.000Z'), toFake: ['Date'] });
    const onRetry = vi.fn();
    render(
      <ApiErrorProvider kit={kit}>
        <PlexPinPrompt error={seedError('000', '`PIN_NOT_AUTHORIZED`')} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Finish signing in with Plex' })).toBeInTheDocument();
    expect(screen.getByText('ABCD-EFGH')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Enter the code at plex.tv\/link/ })).toHaveAttribute('href', 'https://plex.tv/link/?pin=ABCD-EFGH');
    expect(screen.getByText(/This code expires at/)).toHaveTextContent(/^This code expires at .+ \(in 15 minutes\)\.$/);
    expect(screen.getByText(/This code expires at/).querySelector('time')).toHaveAttribute('datetime', '2025-01-15T12:15:00.000Z');
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'I have entered the code' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("links a PIN only to the kit's link hosts (Plex's own, from the preset), and names where the link goes", () => {
    for (const elsewhere of ['https://evil.example/phish', 'https://plex.tv.evil.example/link', 'http://plex.tv/link', 'https://user:pass@plex.tv/link']) {
      const { unmount } = render(
        <ApiErrorProvider kit={kit}>
          <PlexPinPrompt error={pinAt(elsewhere)} />
        </ApiErrorProvider>,
      );
      expect(screen.queryByRole('link', { name: /Enter the code/ })).toBeNull();
      expect(screen.getByText('ABCD-EFGH')).toBeInTheDocument();
      unmount();
    }
    const { unmount } = render(
      <ApiErrorProvider kit={kit}>
        <PlexPinPrompt error={pinAt('https://app.plex.tv/link?pin=ABCD-EFGH')} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Enter the code at app.plex.tv/link (opens in a new tab)' })).toHaveAttribute('href', 'https://app.plex.tv/link?pin=ABCD-EFGH');
    unmount();
    render(
      <ApiErrorProvider kit={kit.extend({ linkHosts: ['auth.example.com'] })}>
        <PlexPinPrompt error={pinAt('https://auth.example.com/pin')} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Enter the code at auth.example.com/pin (opens in a new tab)' })).toBeInTheDocument();
  });

  it('says when the PIN has expired', () => {
    vi.useFakeTimers({ now: Date.parse('2025-01-15T13:00:00.000Z'), toFake: ['Date'] });
    render(<PlexPinPrompt error={seedError('000', '`PIN_NOT_AUTHORIZED`')} />);
    expect(screen.getByText('This code has expired. Start again for a new one.')).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('makes no link at all under a kit without the preset’s hosts', () => {
    render(<PlexPinPrompt error={pinAt('https://plex.tv/link?pin=ABCD-EFGH')} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is the fallback a boundary shows for PIN_NOT_AUTHORIZED under a kit with the preset, and a sign-in prompt of its own, not the page’s', () => {
    function Failing(): never {
      throw pinAt('https://plex.tv/link?pin=ABCD-EFGH');
    }
    render(
      <ApiErrorProvider kit={kit}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Finish signing in with Plex' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I have entered the code' })).toBeInTheDocument();
  });
});

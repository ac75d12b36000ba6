import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { PlexUnreachable } from '../../../src/presets/medianest/PlexUnreachable';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('PlexUnreachable', () => {
  itKeepsTheFallbackContract(PlexUnreachable, () => seedError('000', '`PLEX_UNREACHABLE`'));

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the server, why it failed and when it was last reached', () => {
    vi.useFakeTimers({ now: Date.parse('2025-01-15T12:30:00.000Z') });
    render(<PlexUnreachable error={seedError('000', '`PLEX_UNREACHABLE`')} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Cannot connect to the Plex server' })).toBeInTheDocument();
    expect(screen.getByText('https://plex.local:32400')).toBeInTheDocument();
    expect(screen.getByText('The server refused the connection. Plex Media Server may not be running.')).toBeInTheDocument();
    expect(screen.getByText('2 hours ago')).toHaveAttribute('datetime', '2025-01-15T10:30:00.000Z');
  });

  it('says when it tries next, tries by itself, and on "Try now"', async () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    render(<PlexUnreachable error={seedError('000', '`PLEX_ERROR`')} onRetry={onRetry} />);
    // PLEX_ERROR asked for 300 s.
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 5 minutes.');
    act(() => vi.advanceTimersByTime(300_000));
    expect(onRetry).toHaveBeenCalledOnce();
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Try now' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it.each(['https://plex.local:32400/?X-Plex-Token=abcdefghijklmnop', 'https://plex.local:32400?X-Plex-Token=nodigitshere', 'https://plex.local:32400/?token=short', 'https://plex.local:32400/#X-Plex-Token=abc'])(
    'shows the server %s without its query or fragment, where tokens travel',
    (serverUrl) => {
      const error = normalizeError({ success: false, error: { code: 'PLEX_UNREACHABLE', message: 'Plex down', details: { server_url: serverUrl } } }, { status: 503 });
      const { container } = render(<PlexUnreachable error={error} />);
      expect(screen.getByText('https://plex.local:32400')).toBeInTheDocument();
      expect(container.textContent).not.toMatch(/token|nodigitshere|abcdefghij|short/i);
    },
  );

  it('explains a timeout', () => {
    render(<PlexUnreachable error={seedError('000', '`PLEX_TIMEOUT`')} />);
    expect(screen.getByRole('heading', { name: 'The Plex server is taking too long to answer' })).toBeInTheDocument();
    expect(screen.getByText('No answer within 10 seconds.')).toBeInTheDocument();
  });
});

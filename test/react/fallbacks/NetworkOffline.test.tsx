import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { NetworkOffline } from '../../../src/react/fallbacks/NetworkOffline';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

const offline = () => normalizeError(new TypeError('Failed to fetch'));

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('NetworkOffline', () => {
  itKeepsTheFallbackContract(NetworkOffline, offline);

  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while offline and retries the moment the browser is back online', () => {
    vi.useFakeTimers();
    setOnline(false);
    const onRetry = vi.fn();
    render(<NetworkOffline error={offline()} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'You appear to be offline' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('We will try again as soon as you are back online.');
    act(() => vi.advanceTimersByTime(120_000));
    expect(onRetry).not.toHaveBeenCalled();
    act(() => setOnline(true));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('retries with backoff when the browser is online but the service cannot be reached', () => {
    vi.useFakeTimers();
    setOnline(true);
    const onRetry = vi.fn();
    render(<NetworkOffline error={offline()} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'Cannot reach the service' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(999));
    expect(onRetry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(500));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

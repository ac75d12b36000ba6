import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider } from '../../../src/react/ApiErrorSettings';
import { ServiceUnavailable } from '../../../src/react/fallbacks/ServiceUnavailable';
import { fullKit } from '../../helpers/kits';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('ServiceUnavailable', () => {
  itKeepsTheFallbackContract(ServiceUnavailable, () => seedError('004', 'DATABASE_CIRCUIT_BREAKER_OPEN (503)'));

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a reconnecting state that retries by itself with backoff', () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    render(
      <ApiErrorProvider kit={fullKit.extend({ selfRetry: { random: () => 0 } })}>
        <ServiceUnavailable error={seedError('003', 'SERVICE_UNAVAILABLE (503)')} onRetry={onRetry} attempt={3} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'This service is temporarily unavailable' })).toBeInTheDocument();
    // Attempt 3: the step (1 s doubled three times) is capped at the 2 s gap, so the data is back soon after the service.
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in a few seconds.');
    act(() => vi.advanceTimersByTime(1999));
    expect(onRetry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('names the service that failed', () => {
    render(<ServiceUnavailable error={seedError('002', '`EXTERNAL_SERVICE_ERROR` (502 Bad Gateway)')} />);
    expect(screen.getByRole('heading', { name: 'NewsAPI is not responding' })).toBeInTheDocument();
  });

  it('tries at once on "Try now"', async () => {
    const onRetry = vi.fn();
    render(<ServiceUnavailable error={seedError('004', 'BAD_GATEWAY (502)')} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try now' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

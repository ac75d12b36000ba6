import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimited } from '../../../src/react/fallbacks/RateLimited';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('RateLimited', () => {
  itKeepsTheFallbackContract(RateLimited, () => seedError('003', 'RATE_LIMIT_EXCEEDED (429)'));

  describe('counting down', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down Retry-After at coarse steps in a polite status region, then retries by itself', () => {
      const onRetry = vi.fn();
      render(<RateLimited error={seedError('003', 'RATE_LIMIT_EXCEEDED (429)')} onRetry={onRetry} />);
      const status = screen.getByRole('status');
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument();
      expect(screen.getByText('The limit is 30 requests.')).toBeInTheDocument();
      expect(status).toHaveTextContent('Trying again in 1 minute.');

      const seen = new Set<string>();
      for (let second = 1; second <= 44; second++) {
        act(() => vi.advanceTimersByTime(1000));
        seen.add(status.textContent ?? '');
      }
      // 45 seconds of countdown, and the region changed only a handful of times.
      expect([...seen]).toEqual(['Trying again in 1 minute.', 'Trying again in 30 seconds.', 'Trying again in 20 seconds.', 'Trying again in a few seconds.']);
      expect(onRetry).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(1000));
      expect(onRetry).toHaveBeenCalledOnce();
    });

    it('names the limit and its window', () => {
      render(<RateLimited error={seedError('000', '`RATE_LIMIT_EXCEEDED`')} onRetry={() => undefined} />);
      expect(screen.getByText('The limit is 100 requests every 15 minutes.')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('Trying again in 5 minutes.');
    });

    it('offers no early retry, since it would be refused again', () => {
      render(<RateLimited error={seedError('000', '`RATE_LIMIT_EXCEEDED`')} onRetry={() => undefined} />);
      expect(screen.queryByRole('button')).toBeNull();
    });
  });
});

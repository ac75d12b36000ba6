import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../../src/fetch/apiFetch';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { createRetryPolicy } from '../../src/core/retry/createRetryPolicy';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { useApiErrorSettings } from '../../src/react/ApiErrorSettings';
import { renderWithQueryClient } from '../helpers/renderWithQueryClient';
import { server } from '../msw/server';

const API = 'http://api.test';

function Panel({ index }: { index: number }) {
  const { kit } = useApiErrorSettings();
  const { data } = useQuery({ queryKey: ['panel', index], queryFn: ({ signal }) => apiFetch<{ name: string }>(`${API}/panels/${index}`, { signal, kit }), throwOnError: false });
  return <p>{data ? data.name : 'Loading…'}</p>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('one rate limit, shared by every query to its origin', () => {
  it('fifty queries refused with Retry-After: 0 send one request to ask, not fifty more, in the first three seconds', async () => {
    const times: number[] = [];
    const start = Date.now();
    server.use(
      http.get(`${API}/panels/:index`, () => {
        times.push(Date.now() - start);
        return HttpResponse.json({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '0' } });
      }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        {Array.from({ length: 50 }, (_, index) => (
          <Panel key={index} index={index} />
        ))}
      </ApiErrorBoundary>,
    );
    for (let elapsed = 0; elapsed < 3000; elapsed += 100) await act(() => vi.advanceTimersByTimeAsync(100));
    const firstWave = times.filter((time) => time < 500).length;
    expect(firstWave).toBe(50);
    // After the first wave, one request at a time asks whether the limit has passed.
    expect(times.length - firstWave).toBeLessThanOrEqual(2);
  });

  it('once the request that asks gets through, the others follow, and every panel shows its data', async () => {
    let limited = true;
    const times: number[] = [];
    const start = Date.now();
    server.use(
      http.get(`${API}/panels/:index`, ({ params }) => {
        times.push(Date.now() - start);
        if (limited) {
          limited = times.length < 10;
          return HttpResponse.json({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '2' } });
        }
        return HttpResponse.json({ name: `Panel ${String(params['index'])}` });
      }),
    );
    renderWithQueryClient(
      <ApiErrorBoundary>
        {Array.from({ length: 10 }, (_, index) => (
          <Panel key={index} index={index} />
        ))}
      </ApiErrorBoundary>,
    );
    for (let elapsed = 0; elapsed < 8000; elapsed += 100) await act(() => vi.advanceTimersByTimeAsync(100));
    for (let index = 0; index < 10; index++) expect(screen.getByText(`Panel ${index}`)).toBeInTheDocument();
    // Ten refused, one to ask after the stated two seconds, then the nine others.
    expect(times).toHaveLength(20);
    expect(times.slice(10).every((time) => time >= 2000)).toBe(true);
  });

  it('a rate limit read from another HTTP client holds every query’s next retry until the stated wait has passed', () => {
    const policy = createRetryPolicy({ kit: createErrorKit({ dialects: standardDialects }), random: () => 0 });
    const refused = () => normalizeError({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' } }, { status: 429, headers: { 'retry-after': '20' } });
    expect(policy.retryDelay(0, refused())).toBe(20_000);
    vi.advanceTimersByTime(5000);
    // Another query, refused a moment later with no stated wait, still waits for the same moment.
    const another = normalizeError({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' } }, { status: 429 });
    expect(policy.retryDelay(0, another)).toBe(15_000);
  });
});

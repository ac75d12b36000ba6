import { QueryClient, QueryObserver, type QueryObserverOptions } from '@tanstack/react-query';
import { vi } from 'vitest';
import { normalizeError } from '../src/core/normalize/normalizeError';
import { CATEGORIES } from '../src/core/categories';
import { defaultKit } from '../src/core/kit/defaultKit';
import { selfRetryDelay } from '../src/core/retry/selfRetry';
import { createApiQueryClient } from '../src/react-query/createApiQueryClient';
import type { ScriptedServer } from './scriptedServers';

/** A retry configuration under test. */
export interface PolicyUnderTest {
  name: string;
  /** The QueryClient this configuration makes, given the run's seeded randomness. */
  client: (random: () => number) => QueryClient;
  /** Whether the fallback on screen retries by itself (api-error-kit's do, for passing failures). */
  selfRetry: boolean;
}

/** What a user and a server would have seen. */
export interface SimulationResult {
  requests: number;
  /** Requests sent in the first minute. */
  requestsInFirstMinute: number;
  /** When an error could first be shown, in ms; undefined if the data came first. */
  errorUiAtMs: number | undefined;
  /** Requests sent before the server's stated wait was over. */
  retryAfterViolations: number;
  /** When the data arrived, in ms; undefined if it never did within the horizon. */
  recoveredAtMs: number | undefined;
}

const HORIZON_MS = 180_000;
const STEP_MS = 50;

/** A small seeded PRNG (mulberry32), so every run draws the same jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Drives react-query's QueryObserver against a scripted server on fake timers. */
export async function simulate(server: ScriptedServer, policy: PolicyUnderTest, seed = 1): Promise<SimulationResult> {
  vi.useFakeTimers({ now: 0 });
  const random = seededRandom(seed);
  let requests = 0;
  let requestsInFirstMinute = 0;
  let retryAfterViolations = 0;
  const queryFn = async () => {
    requests += 1;
    const now = Date.now();
    if (now < 60_000) requestsInFirstMinute += 1;
    if (now < server.allowedAt()) retryAfterViolations += 1;
    const answer = server.answer(now);
    if (answer === 'network-down') throw new TypeError('Failed to fetch');
    if (answer.status >= 400) throw normalizeError(answer.body, { status: answer.status, headers: answer.headers, now });
    return answer.body;
  };
  const client = policy.client(random);
  const observer = new QueryObserver(client, { queryKey: ['library'], queryFn, refetchOnWindowFocus: false, refetchOnReconnect: false });

  let errorUiAtMs: number | undefined;
  let recoveredAtMs: number | undefined;
  let lastErrorAt = -1;
  let selfRetries = 0;
  const unsubscribe = observer.subscribe((result) => {
    if (result.status === 'success' && recoveredAtMs === undefined) recoveredAtMs = Date.now();
    if (result.status !== 'error' || result.fetchStatus !== 'idle' || result.errorUpdatedAt === lastErrorAt) return;
    lastErrorAt = result.errorUpdatedAt;
    errorUiAtMs ??= Date.now();
    const error = normalizeError(result.error);
    const delay = policy.selfRetry && CATEGORIES[error.category].selfRetrying ? selfRetryDelay(error, selfRetries++, { random }) : undefined;
    if (delay !== undefined) setTimeout(() => void observer.refetch(), delay);
  });

  for (let t = 0; t < HORIZON_MS && recoveredAtMs === undefined; t += STEP_MS) await vi.advanceTimersByTimeAsync(STEP_MS);
  unsubscribe();
  client.clear();
  vi.useRealTimers();
  return { requests, requestsInFirstMinute, errorUiAtMs, retryAfterViolations, recoveredAtMs };
}

const withRetry = (queries: Pick<QueryObserverOptions, 'retry' | 'retryDelay'>) => new QueryClient({ defaultOptions: { queries } });

/** The three configurations the benchmark compares. */
export const POLICIES: readonly PolicyUnderTest[] = [
  {
    name: "react-query's default (3 retries, 1-2-4 s)",
    // What react-query does in a browser when no retry option is set.
    client: () => withRetry({ retry: 3, retryDelay: (failureCount: number) => Math.min(1000 * 2 ** failureCount, 30_000) }),
    selfRetry: false,
  },
  { name: 'naive (retry: 5, retryDelay: 1000)', client: () => withRetry({ retry: 5, retryDelay: 1000 }), selfRetry: false },
  { name: 'api-error-kit', client: (random) => createApiQueryClient({ kit: defaultKit().extend({ retry: { random, isOnline: () => true } }) }), selfRetry: true },
];

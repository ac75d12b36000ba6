import { normalizeError } from '../normalize/normalizeError';
import { defaultRegistry, type Registry } from '../registry/createRegistry';
import { fullJitterDelay, type BackoffOptions } from './backoff';

/** Every number of the retry policy; each has the default the issue and seed 001 give. */
export interface RetryPolicyOptions extends BackoffOptions {
  /** Retries after the first failure, for codes whose registry entry sets none (default 3). */
  maxRetries?: number;
  /** A server-stated wait longer than this (ms) ends retrying, so the UI can count down instead (default 60 s). */
  maxServerWaitMs?: number;
  /** The registry whose entries decide what is retryable. */
  registry?: Registry<string>;
  /** Whether the browser is online; while it is not, network errors retry without using up attempts. */
  isOnline?: () => boolean;
}

/** react-query's `retry` and `retryDelay`, driven by the registry. */
export interface RetryPolicy {
  retry(failureCount: number, error: unknown): boolean;
  retryDelay(failureCount: number, error: unknown): number;
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * The registry's retry rules in react-query's shape, usable as
 * `new QueryClient({ defaultOptions: { queries: createRetryPolicy() } })`: no retry for what
 * cannot succeed, a server's stated wait honoured exactly, full-jitter backoff otherwise.
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const registry = options.registry ?? defaultRegistry;
  const maxServerWaitMs = options.maxServerWaitMs ?? 60_000;
  const isOnline = options.isOnline ?? browserOnline;
  const read = (error: unknown) => normalizeError(error, { registry });

  return {
    retry(failureCount, thrown) {
      const error = read(thrown);
      // This policy's registry has the last word, even on errors normalized with another.
      const entry = registry.resolve(error.code, error.status);
      if (!entry.retryable || entry.category === 'cancelled') return false;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > maxServerWaitMs) return false;
      // react-query pauses retries while offline; an attempt spent offline says nothing about the server.
      if (entry.category === 'network' && !isOnline()) return true;
      return failureCount < (entry.maxRetries ?? options.maxRetries ?? 3);
    },
    retryDelay(failureCount, thrown) {
      const error = read(thrown);
      // What the server asked for is honoured exactly: never shortened, and not jittered below it.
      return error.retryAfterMs ?? fullJitterDelay(failureCount, options);
    },
  };
}

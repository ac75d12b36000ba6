import { MutationCache, QueryCache, QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import type { ApiError } from '../core/ApiError';
import type { ErrorCategory } from '../core/ErrorCategory';
import { callSafely } from '../core/internal/callSafely';
import { readerFor } from '../core/normalize/guardNormalizer';
import { createRetryPolicy, type RetryPolicyOptions } from '../core/retry/createRetryPolicy';
import { SELF_RETRYING_CATEGORIES } from '../core/retry/selfRetry';

/** Where a reported error came from. */
export interface ErrorSource {
  type: 'query' | 'mutation';
  key: readonly unknown[] | undefined;
}

/** How the kit wires react-query: retries, which errors reach the boundary, one reporting hook. */
export interface ApiQueryClientOptions extends RetryPolicyOptions {
  /** Categories of a failed query that replace the page with the nearest ApiErrorBoundary. */
  boundaryCategories?: readonly ErrorCategory[];
  /**
   * Categories of a failed mutation that go to the boundary too (default none): a failed submit
   * stays with its form, so what the user typed is never unmounted. Show it with `MutationError`.
   */
  mutationBoundaryCategories?: readonly ErrorCategory[];
  /** Called once per failed query or mutation for reporting, and once per session expiry, not once per query. */
  onError?: (error: ApiError, source: ErrorSource) => void;
  /** Anything else for the QueryClient; the kit's defaults are merged under yours. */
  config?: QueryClientConfig;
}

/** The categories a page cannot go on without: sign in, permission, missing, the service down. */
export const BOUNDARY_CATEGORIES: readonly ErrorCategory[] = ['unauthenticated', 'forbidden', 'not-found', 'server', 'unavailable', 'upstream', 'network'];

/** Metadata a mutation sets to be retried like a query: `useMutation({ mutationFn, meta: { idempotent: true } })`. */
export interface IdempotentMeta {
  idempotent?: boolean;
}

/**
 * A QueryClient whose retries follow the registry, whose boundary-worthy query errors reach the
 * nearest ApiErrorBoundary (a failed mutation stays with its form unless the app asks
 * otherwise), and whose failures are reported through one `onError`.
 */
export function createApiQueryClient(options: ApiQueryClientOptions = {}): QueryClient {
  const { boundaryCategories = BOUNDARY_CATEGORIES, mutationBoundaryCategories = [], onError, config = {}, ...retryOptions } = options;
  const policy = createRetryPolicy(retryOptions);
  const boundary = new Set(boundaryCategories);
  const mutationBoundary = new Set(mutationBoundaryCategories);
  const read = readerFor(retryOptions.normalizer, retryOptions.registry);

  // A session expiry fails every query at once; it is reported once, until something succeeds again.
  let sessionExpiryReported = false;
  const report = (thrown: unknown, source: ErrorSource) => {
    const error = read(thrown);
    if (error.category === 'cancelled') return;
    if (error.category === 'unauthenticated') {
      if (sessionExpiryReported) return;
      sessionExpiryReported = true;
    }
    callSafely('onError', onError, error, source);
  };
  const succeeded = () => {
    sessionExpiryReported = false;
  };

  const client = new QueryClient({
    ...config,
    queryCache:
      config.queryCache ?? new QueryCache({ onError: (error, query) => report(error, { type: 'query', key: query.queryKey }), onSuccess: succeeded }),
    mutationCache:
      config.mutationCache ??
      new MutationCache({ onError: (error, _vars, _context, mutation) => report(error, { type: 'mutation', key: mutation.options.mutationKey }), onSuccess: succeeded }),
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        retry: policy.retry,
        retryDelay: policy.retryDelay,
        // A query with nothing to show goes to the boundary whatever failed; one with data keeps
        // showing it unless the failure is boundary-worthy.
        throwOnError: (error, query) => {
          const category = read(error).category;
          return category !== 'cancelled' && (boundary.has(category) || query.state.data === undefined);
        },
        ...config.defaultOptions?.queries,
      },
      mutations: {
        retry: false,
        throwOnError: (error) => mutationBoundary.has(read(error).category),
        ...config.defaultOptions?.mutations,
      },
    },
  });

  // Mutations are not retried: a repeated POST can do the thing twice. One that says it is
  // idempotent gets the query policy.
  const defaultMutationOptions = client.defaultMutationOptions.bind(client);
  client.defaultMutationOptions = ((mutationOptions) => {
    const defaulted = defaultMutationOptions(mutationOptions);
    const idempotent = (mutationOptions?.meta as IdempotentMeta | undefined)?.idempotent === true;
    return idempotent && mutationOptions?.retry === undefined ? { ...defaulted, retry: policy.retry, retryDelay: policy.retryDelay } : defaulted;
  }) as QueryClient['defaultMutationOptions'];

  // A query that keeps failing with a passing failure (an outage, a rate limit) is retried by
  // the fallback on screen, on its own schedule: inside such an episode each of those retries is
  // one request, not another round of the policy's.
  const defaultQueryOptions = client.defaultQueryOptions.bind(client);
  client.defaultQueryOptions = ((queryOptions) => {
    const defaulted = defaultQueryOptions(queryOptions);
    if (defaulted.retry !== policy.retry) return defaulted;
    const { queryHash } = defaulted;
    return {
      ...defaulted,
      retry: (failureCount: number, error: unknown) => {
        const state = client.getQueryCache().get(queryHash)?.state;
        const failing = state !== undefined && state.errorUpdatedAt > state.dataUpdatedAt;
        return failing && SELF_RETRYING_CATEGORIES.has(read(error).category) ? false : policy.retry(failureCount, error);
      },
    };
  }) as QueryClient['defaultQueryOptions'];

  return client;
}

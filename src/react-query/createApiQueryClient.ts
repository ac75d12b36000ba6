'use client';
import { MutationCache, QueryCache, QueryClient, useQueryErrorResetBoundary, type QueryClientConfig } from '@tanstack/react-query';
import type { ApiError } from '../core/ApiError';
import { CATEGORIES } from '../core/categories';
import { ERROR_CATEGORIES, type ErrorCategory } from '../core/ErrorCategory';
import { callSafely } from '../core/internal/callSafely';
import { isErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';
import { attachRetryReset } from '../react/retryReset';

/** Where a reported error came from. */
export interface ErrorSource {
  type: 'query' | 'mutation';
  key: readonly unknown[] | undefined;
}

/** How the kit wires react-query: retries, which errors reach the boundary, one reporting hook. */
export interface ApiQueryClientOptions {
  /** The app's kit (`createErrorKit(...)`): its normalizer and retry policy; the default kit when absent. */
  kit?: ErrorKit | undefined;
  /** Categories of a failed query with data on screen that still replace it with the nearest ApiErrorBoundary (default: those a page cannot go on without). */
  boundaryCategories?: readonly ErrorCategory[];
  /**
   * Categories of a failed mutation that go to the boundary too (default none): a failed submit
   * stays with its form, so what the user typed is never unmounted. Show it with `MutationError`.
   */
  mutationBoundaryCategories?: readonly ErrorCategory[];
  /** Called once per failed query or mutation for reporting, and once per session expiry, not once per query. A throw is reported and contained. */
  onError?: (error: ApiError, source: ErrorSource) => void;
  /** Anything else for the QueryClient, the app's own caches included: the kit's defaults are merged under yours, and its reporting listens to your caches. */
  config?: QueryClientConfig;
}

/** The categories a page cannot go on without: sign in, permission, missing, the service down. */
const BLOCKING: readonly ErrorCategory[] = ERROR_CATEGORIES.filter((category) => CATEGORIES[category].blocksPage);

/** Metadata a mutation sets to be retried like a query: `useMutation({ mutationFn, meta: { idempotent: true } })`. */
export interface IdempotentMeta {
  idempotent?: boolean;
}

/** Clears react-query's cached failures for the next render, as an ApiErrorBoundary's reset. */
const useQueryRetryReset = () => useQueryErrorResetBoundary().reset;

/**
 * A QueryClient whose retries follow the kit's policy, whose failed queries with nothing to show
 * (or that a page cannot go on without) reach the nearest ApiErrorBoundary (a failed mutation
 * stays with its form unless the app asks otherwise), and whose failures are reported through
 * one `onError`. The kit's boundaries reset its failed queries on "Try again"; the app's own
 * caches and defaults are composed with, never replaced.
 */
export function createApiQueryClient(options: ApiQueryClientOptions = {}): QueryClient {
  const { kit = defaultKit(), boundaryCategories = BLOCKING, mutationBoundaryCategories = [], onError, config = {} } = options;
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: createApiQueryClient: kit must be what createErrorKit returns.');
  const boundary = new Set(boundaryCategories);
  const mutationBoundary = new Set(mutationBoundaryCategories);
  const read = kit.normalize;
  const policy = kit.retry;
  attachRetryReset(kit, useQueryRetryReset);

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

  const queryCache = config.queryCache ?? new QueryCache();
  const mutationCache = config.mutationCache ?? new MutationCache();
  // Listening, rather than passing callbacks to caches the app may have made itself: its own
  // cache callbacks stay as they are, and the kit's reporting runs beside them.
  queryCache.subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'error') report(event.action.error, { type: 'query', key: event.query.queryKey });
    else if (event.action.type === 'success') sessionExpiryReported = false;
  });
  mutationCache.subscribe((event) => {
    if (event?.type !== 'updated') return;
    if (event.action.type === 'error') report(event.action.error, { type: 'mutation', key: event.mutation.options.mutationKey });
    else if (event.action.type === 'success') sessionExpiryReported = false;
  });

  return new ApiQueryClient(
    {
      ...config,
      queryCache,
      mutationCache,
      defaultOptions: {
        ...config.defaultOptions,
        queries: {
          retry: policy.retry,
          retryDelay: policy.retryDelay,
          // A query with nothing to show goes to the boundary whatever failed; one with data keeps
          // showing it unless the failure is one the page cannot go on without.
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
    },
    kit,
  );
}

/**
 * The kit's QueryClient: two of react-query's own extension points, overridden in a class of the
 * kit's rather than patched onto an instance. A failing query whose fallback retries by itself
 * (an outage, a rate limit) is not retried again by the policy inside its episode, so each of
 * the fallback's retries is one request; a mutation whose meta says it is idempotent is retried
 * like a query.
 */
class ApiQueryClient extends QueryClient {
  readonly #kit: ErrorKit;

  constructor(config: QueryClientConfig, kit: ErrorKit) {
    super(config);
    this.#kit = kit;
  }

  override defaultQueryOptions: QueryClient['defaultQueryOptions'] = (queryOptions) => {
    const defaulted = super.defaultQueryOptions(queryOptions);
    const policy = this.#kit.retry;
    if (defaulted.retry !== policy.retry) return defaulted;
    const { queryHash } = defaulted;
    return {
      ...defaulted,
      retry: (failureCount: number, error: unknown) => {
        const state = this.getQueryCache().get(queryHash)?.state;
        const failing = state !== undefined && state.errorUpdatedAt > state.dataUpdatedAt;
        return failing && CATEGORIES[this.#kit.normalize(error).category].selfRetrying ? false : policy.retry(failureCount, error);
      },
    };
  };

  override defaultMutationOptions: QueryClient['defaultMutationOptions'] = (mutationOptions) => {
    const defaulted = super.defaultMutationOptions(mutationOptions);
    const idempotent = (mutationOptions?.meta as IdempotentMeta | undefined)?.idempotent === true;
    return idempotent && mutationOptions?.retry === undefined ? { ...defaulted, retry: this.#kit.retry.retry, retryDelay: this.#kit.retry.retryDelay } : defaulted;
  };
}

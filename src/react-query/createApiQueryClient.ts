'use client';
import { MutationCache, QueryCache, QueryClient, useQueryErrorResetBoundary, type Query, type QueryClientConfig } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiError } from '../core/ApiError';
import { CATEGORIES } from '../core/categories';
import type { ErrorCategory } from '../core/ErrorCategory';
import { callSafely } from '../core/internal/callSafely';
import { isErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';
import { dismissNoticesOf, showNotice, type Notice } from '../react/notices';
import { attachRetryAdapter, type ProbeOutcome } from '../react/retryReset';

/** Where a reported error came from. */
export interface ErrorSource {
  type: 'query' | 'mutation';
  key: readonly unknown[] | undefined;
}

/** How the kit wires react-query: retries, which errors reach the boundary, one reporting hook. */
export interface ApiQueryClientOptions {
  /** The app's kit (`createErrorKit(...)`): its normalizer and retry policy; the default kit when absent. */
  kit?: ErrorKit | undefined;
  /** Categories of a failed query with data on screen that still replace it with the nearest ApiErrorBoundary (default none: the data stays, with a notice). */
  boundaryCategories?: readonly ErrorCategory[];
  /**
   * Where a failed background refetch is told, while its data stays on screen: the kit's
   * `<ApiErrorNotices />` by default, or the app's own toasts (`onNotice: (notice) => toast(notice.message)`).
   * One notice per code at a time; a throw is reported and contained.
   */
  onNotice?: ((notice: Notice) => void) | undefined;
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


/** Metadata a mutation sets to be retried like a query: `useMutation({ mutationFn, meta: { idempotent: true } })`. */
export interface IdempotentMeta {
  idempotent?: boolean;
}

// Content that comes back within this long of its data being fetched (by a probe) is not fetched again on mount.
const FRESH_ON_MOUNT_MS = 1000;

/**
 * The failed queries behind `failure` (the error a boundary caught is the one its query holds)
 * fetched once more, as one attempt (no retries): recovered when all of them succeeded. A
 * failure no query holds is not react-query's: null. Only the panel's own queries are fetched,
 * so another panel that keeps failing never holds this one back; react-query shares a fetch
 * already under way, so panels probing one query at once make one request.
 */
function probeFailedQueries(client: QueryClient, failure: unknown): Promise<ProbeOutcome | null> {
  const failed = client.getQueryCache().findAll({ predicate: (query: Query) => query.state.status === 'error' && query.state.error === failure });
  if (failed.length === 0) return Promise.resolve(null);
  return Promise.all(
    failed.map((query) =>
      query.fetch({ ...query.options, retry: false }).then(
        () => undefined,
        (error: unknown) => ({ error }),
      ),
    ),
  ).then((results): ProbeOutcome => {
    const again = results.find((result) => result !== undefined);
    return again ? { recovered: false, error: again.error } : { recovered: true };
  });
}

/**
 * A QueryClient whose retries follow the kit's policy, whose failed queries with nothing to show
 * (or that a page cannot go on without) reach the nearest ApiErrorBoundary (a failed mutation
 * stays with its form unless the app asks otherwise), and whose failures are reported through
 * one `onError`. The kit's boundaries reset its failed queries on "Try again"; the app's own
 * caches and defaults are composed with, never replaced.
 */
export function createApiQueryClient(options: ApiQueryClientOptions = {}): QueryClient {
  const { kit = defaultKit(), boundaryCategories = [], mutationBoundaryCategories = [], onError, onNotice, config = {} } = options;
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: createApiQueryClient: kit must be what createErrorKit returns.');
  const boundary = new Set(boundaryCategories);
  const mutationBoundary = new Set(mutationBoundaryCategories);
  const read = kit.normalize;
  const policy = kit.retry;

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
  // Tells the failure of a refetch behind data still on screen (unless the app chose a boundary
  // for its category), from its first failed answer: quiet retries may follow, the notice says
  // meanwhile that what is shown may be out of date. A query that handles its own errors
  // (`throwOnError` of its own) is the app's to tell.
  const noticed = new Set<string>();
  const tellStale = (query: Query, thrown: unknown) => {
    const error = read(thrown);
    const kitTells = query.observers.some((observer) => observer.options.throwOnError === client.getDefaultOptions().queries?.throwOnError);
    if (!kitTells || query.state.data === undefined || error.category === 'cancelled' || boundary.has(error.category)) return;
    const notice = { error, key: query.queryKey, source: query.queryHash, message: error.message };
    if (onNotice) {
      // The app's toasts are told once per failed refresh, not once per retry.
      if (noticed.has(query.queryHash)) return;
      noticed.add(query.queryHash);
      callSafely('onNotice', onNotice, notice);
    } else showNotice(notice);
  };
  queryCache.subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'failed') tellStale(event.query, event.action.error);
    else if (event.action.type === 'error') {
      report(event.action.error, { type: 'query', key: event.query.queryKey });
      tellStale(event.query, event.action.error);
    } else if (event.action.type === 'success') {
      sessionExpiryReported = false;
      // Its data is fresh again: the notice about it goes.
      noticed.delete(event.query.queryHash);
      if (!onNotice) dismissNoticesOf(event.query.queryHash);
    }
  });
  mutationCache.subscribe((event) => {
    if (event?.type !== 'updated') return;
    if (event.action.type === 'error') report(event.action.error, { type: 'mutation', key: event.mutation.options.mutationKey });
    else if (event.action.type === 'success') sessionExpiryReported = false;
  });

  const client = new ApiQueryClient(
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
          // showing it (with a notice) unless the app chose a boundary for the failure's category.
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
  attachRetryAdapter(kit, function useQueryRetryAdapter() {
    const { reset } = useQueryErrorResetBoundary();
    return useMemo(() => ({ reset, probe: (failure: unknown) => probeFailedQueries(client, failure) }), [reset]);
  });
  return client;
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
    const refetchOnMount = defaulted.refetchOnMount;
    // The kit's own rule sends a failure with nothing on screen to the boundary; a query that
    // handles its errors itself (`throwOnError: false`) keeps the policy's quiet retries.
    const showsInBoundary = defaulted.throwOnError === this.getDefaultOptions().queries?.throwOnError;
    return {
      ...defaulted,
      // Content that comes back after a probe mounts with the probe's data: not fetched again at once.
      refetchOnMount:
        refetchOnMount === undefined || refetchOnMount === true
          ? (query) => !(query.state.status === 'success' && Date.now() - query.state.dataUpdatedAt < FRESH_ON_MOUNT_MS)
          : refetchOnMount,
      retry: (failureCount: number, error: unknown) => {
        const state = this.getQueryCache().get(queryHash)?.state;
        const failing = state !== undefined && state.errorUpdatedAt > state.dataUpdatedAt;
        if (failing && CATEGORIES[this.#kit.normalize(error).category].selfRetrying) return false;
        // With nothing on screen the failure is shown at once, and its fallback retries, saying so
        // (a countdown, "reconnecting", "Trying again…"): a silent retry would be a bare loading
        // state while the policy waits. With data on screen, retries stay quiet behind it.
        if (state?.data === undefined && showsInBoundary) return false;
        return policy.retry(failureCount, error);
      },
    };
  };

  override defaultMutationOptions: QueryClient['defaultMutationOptions'] = (mutationOptions) => {
    const defaulted = super.defaultMutationOptions(mutationOptions);
    const idempotent = (mutationOptions?.meta as IdempotentMeta | undefined)?.idempotent === true;
    return idempotent && mutationOptions?.retry === undefined ? { ...defaulted, retry: this.#kit.retry.retry, retryDelay: this.#kit.retry.retryDelay } : defaulted;
  };
}

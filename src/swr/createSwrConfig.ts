'use client';
import { useEffect, useMemo } from 'react';
import { unstable_serialize, useSWRConfig, type Cache, type Key, type Middleware, type Revalidator, type RevalidatorOptions, type ScopedMutator, type SWRConfiguration } from 'swr';
import type { ApiError } from '../core/ApiError';
import { callSafely } from '../core/internal/callSafely';
import { isErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';
import { onSignIn } from '../core/session/signInSignal';
import { dismissNoticesOf, showNotice, type Notice } from '../react/notices';
import { attachRetryAdapter } from '../react/retryReset';
import { quietRetryDelay } from './quietRetryDelay';
import { SwrFailures } from './swrFailures';

/** Where a reported SWR failure came from: the serialized key. */
export interface SwrErrorSource {
  type: 'swr';
  key: string;
}

/** How the kit wires SWR: retries, notices beside stale data, one reporting hook. */
export interface ApiSwrConfigOptions {
  /** The app's kit (`createErrorKit(...)`): its normalizer and retry policy; the default kit when absent. */
  kit?: ErrorKit | undefined;
  /**
   * Where a failed revalidation is told, while its data stays on screen: the kit's
   * `<ApiErrorNotices />` by default, or the app's own toasts. One notice per code at a time;
   * a throw is reported and contained.
   */
  onNotice?: ((notice: Notice) => void) | undefined;
  /** Called once per failed fetch for reporting, and once per session expiry, not once per key. A throw is reported and contained. */
  onError?: ((error: ApiError, source: SwrErrorSource) => void) | undefined;
  /** The app's own SWR options: the kit's are merged over them, and its `onError`, `onSuccess` and `use` run beside the kit's; its `onErrorRetry` replaces the kit's. */
  config?: SWRConfiguration<unknown, unknown> | undefined;
}

/** The failed keys' bookkeeping of one SWR cache: a cache is an app's (or a test's) own. */
type FailuresOf = (cache: Cache, mutate: ScopedMutator) => SwrFailures;

/** A cache, as SWR hands its full configuration to its callbacks. */
function isCache(value: unknown): value is Cache {
  return typeof value === 'object' && value !== null && 'get' in value && typeof value.get === 'function' && 'keys' in value && typeof value.keys === 'function';
}

/** The data `key` shows now, read from the configuration SWR passes its callbacks (which carries its cache). */
function dataOnScreen(config: object, key: string): boolean {
  return 'cache' in config && isCache(config.cache) && config.cache.get(key)?.data !== undefined;
}

/** What SWR calls the fetcher with for `key`: the key itself, or what a key function returns. */
function keyArgument(key: Key): unknown {
  if (typeof key !== 'function') return key;
  try {
    return key();
  } catch {
    // SWR reads a throwing key function as no key (a dependency not ready yet).
    return null;
  }
}

/** The middleware that lends SWR's hooks to the kit: each key's fetcher, which keys are shown, a probe's answer reused. */
function kitMiddleware(failuresOf: FailuresOf): Middleware {
  return (useSWRNext) =>
    function useKitSWR(key, fetcher, config) {
      const { cache, mutate } = useSWRConfig();
      const failures = failuresOf(cache, mutate);
      const serialized = unstable_serialize(key);
      // Noted while rendering: a suspense hook that rethrows its cached error never commits,
      // and its key must still be fetchable by the fallback's retry.
      if (serialized && fetcher) failures.remember(serialized, fetcher, keyArgument(key));
      useEffect(() => (serialized ? failures.mount(serialized) : undefined), [failures, serialized]);
      const shared: typeof fetcher =
        fetcher &&
        ((...args: unknown[]) => {
          // The content that comes back after a probe mounts with the probe's data, and SWR's
          // own fetch of it (on mount, a mutate) is the probe's answer rather than a second request.
          const recent = failures.recentAnswer(serialized);
          // Same key, same fetcher: the probe's answer is this key's data.
          if (recent) return recent as ReturnType<NonNullable<typeof fetcher>>;
          const answer = fetcher(...args);
          if (answer instanceof Promise) failures.fetching(serialized, answer);
          return answer;
        });
      return useSWRNext(key, shared, config);
    };
}

/**
 * A value for `<SWRConfig value={...}>` whose retries follow the kit's policy (none with nothing
 * on screen: the failure is shown at once and its fallback retries; quiet ones behind data),
 * whose failed revalidations keep their data on screen with a notice, and whose failures are
 * reported through one `onError`. The kit's boundaries and error slots fetch the failed keys
 * again on "Try again", on their scheduled retries and on sign-in, suspense or not. Make it once,
 * beside the kit (it attaches the kit's retry adapter), not while rendering.
 */
export function createSwrConfig(options: ApiSwrConfigOptions = {}): SWRConfiguration<unknown, unknown> {
  const { kit = defaultKit(), onNotice, onError, config = {} } = options;
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: createSwrConfig: kit must be what createErrorKit returns.');
  const read = kit.normalize;

  // A session expiry fails every key at once; it is reported once, until something succeeds again.
  let sessionExpiryReported = false;
  const report = (error: ApiError, key: string) => {
    if (error.category === 'unauthenticated') {
      if (sessionExpiryReported) return;
      sessionExpiryReported = true;
    }
    callSafely('onError', onError, error, { type: 'swr', key });
  };
  const tell = (error: ApiError, key: string) => {
    const notice: Notice = { error, key: [key], source: key, message: error.message };
    if (onNotice) callSafely('onNotice', onNotice, notice);
    else showNotice(notice);
  };
  const recovered = (key: string) => {
    sessionExpiryReported = false;
    // Its data is fresh again: the notice about it goes.
    if (!onNotice) dismissNoticesOf(key);
  };

  const byCache = new WeakMap<Cache, SwrFailures>();
  const failuresOf: FailuresOf = (cache, mutate) => {
    let failures = byCache.get(cache);
    if (!failures) {
      failures = new SwrFailures(cache, mutate, {
        recovered,
        // A fallback's retry that failed is reported as SWR's own failures are.
        failed: (key, thrown) => {
          const error = read(thrown);
          if (error.category !== 'cancelled') report(error, key);
        },
      });
      byCache.set(cache, failures);
      const each = failures;
      // Signing in (here, in another tab, a request after a 401) fetches every failed key once:
      // keys with data behind a notice, and the fallbacks' keys, whose probes share this round.
      // A cache no hook shows any more (a page left, an app unmounted) is left alone.
      onSignIn(() => {
        if (each.inUse()) void each.probe();
      });
    }
    return failures;
  };
  attachRetryAdapter(kit, function useSwrRetryAdapter() {
    const { cache, mutate } = useSWRConfig();
    const failures = failuresOf(cache, mutate);
    return useMemo(() => ({ reset: () => failures.reset(), probe: (failure: unknown) => failures.probe(failure) }), [failures]);
  });

  const onErrorRetry = (thrown: unknown, key: string, current: object, revalidate: Revalidator, revalidateOptions: Required<RevalidatorOptions>) => {
    const error = read(thrown);
    const onScreen = dataOnScreen(current, key);
    const delay = quietRetryDelay(kit, error, revalidateOptions.retryCount, onScreen);
    if (delay === undefined) {
      // The quiet retries are over, or there were none: the data on screen may be out of date.
      if (onScreen && error.category !== 'cancelled') tell(error, key);
      return;
    }
    setTimeout(() => void revalidate(revalidateOptions), delay);
  };

  return {
    ...config,
    use: [...(config.use ?? []), kitMiddleware(failuresOf)],
    onErrorRetry: config.onErrorRetry ?? onErrorRetry,
    onError(thrown, key, current) {
      const error = read(thrown);
      if (error.category !== 'cancelled') {
        report(error, key);
        // When the kit's quiet retries follow, they tell once they give up; otherwise tell now.
        const retried = current.onErrorRetry === onErrorRetry && willRetry(current, thrown);
        if (!retried && dataOnScreen(current, key)) tell(error, key);
      }
      config.onError?.(thrown, key, current);
    },
    onSuccess(data, key, current) {
      recovered(key);
      config.onSuccess?.(data, key, current);
    },
  };
}

/** Whether SWR will call `onErrorRetry` after this failure: retries on, and the page active (or SWR told not to wait for it). */
function willRetry(config: Readonly<Pick<Required<SWRConfiguration<unknown, unknown>>, 'shouldRetryOnError' | 'revalidateOnFocus' | 'revalidateOnReconnect' | 'isVisible' | 'isOnline'>>, thrown: unknown): boolean {
  const { shouldRetryOnError } = config;
  const on = shouldRetryOnError === true || (typeof shouldRetryOnError === 'function' && shouldRetryOnError(thrown));
  return on && (!config.revalidateOnFocus || !config.revalidateOnReconnect || (config.isVisible() && config.isOnline()));
}

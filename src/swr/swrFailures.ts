import type { BareFetcher, Cache, ScopedMutator } from 'swr';
import type { ProbeOutcome } from '../react/retryReset';

// SWR keeps a failed key's error in its cache and, in suspense mode, rethrows it on the next
// mount unless the key is fetched or mutated again; its cache holds no fetcher to fetch it with.
// So the kit remembers, per cache, each key's latest fetcher and whether a hook shows the key:
// a probe fetches the failed keys once more, and a reset clears the cached errors nothing shows.

/** A key's latest fetcher and the argument SWR calls it with. */
interface Fetch {
  fetcher: BareFetcher<unknown>;
  arg: unknown;
}

// Probes of one key from many panels within this window share one request, and SWR's own fetch
// of a key a probe just fetched (the content mounting again, a mutate) is that probe's answer.
export const PROBE_SHARED_MS = 1000;

/** Keys of useSWRInfinite and useSWRSubscription: their pages and streams are theirs to fetch. */
const SPECIAL_KEY = /^\$(inf|sub)\$/;

/** One SWR cache's failed keys: what fetched them, which hooks show them, the last probe. */
export class SwrFailures {
  private readonly fetches = new Map<string, Fetch>();
  private readonly mounted = new Map<string, number>();
  private readonly probed = new Map<string, { at: number; answer: Promise<unknown> }>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly sharedFetches = new Map<string, { at: number; result: Promise<{ error: unknown } | undefined> }>();
  // What the last probe of a key found when it failed (SWR's cache keeps the earlier error).
  private readonly lastFound = new Map<string, unknown>();

  constructor(
    private readonly cache: Cache,
    private readonly mutate: ScopedMutator,
    private readonly told: { recovered(key: string): void; failed(key: string, error: unknown): void },
  ) {}

  /** Notes `key`'s fetcher as a hook renders it (the latest wins). */
  remember(key: string, fetcher: BareFetcher<unknown>, arg: unknown): void {
    this.fetches.set(key, { fetcher, arg });
  }

  /** Counts a hook showing `key`; returns its removal. */
  mount(key: string): () => void {
    this.mounted.set(key, (this.mounted.get(key) ?? 0) + 1);
    return () => {
      const left = (this.mounted.get(key) ?? 1) - 1;
      if (left > 0) this.mounted.set(key, left);
      else this.mounted.delete(key);
    };
  }

  /** True while a hook shows any key of this cache. */
  inUse(): boolean {
    return this.mounted.size > 0;
  }

  /** The answer of a probe that fetched `key` moments ago, if one did and has not failed: SWR's fetch of it is that answer. */
  recentAnswer(key: string): Promise<unknown> | undefined {
    const recent = this.probed.get(key);
    if (!recent) return undefined;
    if (Date.now() - recent.at < PROBE_SHARED_MS) return recent.answer;
    this.probed.delete(key);
    return undefined;
  }

  /** Notes SWR's own fetch of `key` while it runs (a focus revalidation), so a probe at the same moment waits for it instead of asking twice. */
  fetching(key: string, answer: Promise<unknown>): void {
    this.inFlight.set(key, answer);
    const done = () => {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    };
    answer.then(done, done);
  }

  /** Keys whose last fetch failed, that the kit knows how to fetch. */
  private failedKeys(): string[] {
    const keys: string[] = [];
    for (const key of this.cache.keys()) {
      if (SPECIAL_KEY.test(key) || !this.fetches.has(key)) continue;
      if (this.cache.get(key)?.error !== undefined) keys.push(key);
    }
    return keys;
  }

  /**
   * The failed keys behind `failure` (the error a boundary caught is the one SWR holds for the
   * key, or the one a probe of it last found) fetched once more, as one attempt: recovered when
   * all of them answered. Only the panel's own keys are fetched, so another panel that keeps
   * failing never holds this one back; a failure no key holds (an app that threw its own copy)
   * fetches every failed key, and so does a sign-in (no failure). Each answer goes into the cache
   * (its hooks render it, its notice goes); a failure leaves the cache as it was, the fallback
   * showing the new failure. Null when none had failed.
   */
  probe(failure?: unknown): Promise<ProbeOutcome | null> {
    const failed = this.failedKeys();
    const own = failure === undefined ? [] : failed.filter((key) => this.cache.get(key)?.error === failure || this.lastFound.get(key) === failure);
    const keys = own.length > 0 ? own : failed;
    if (keys.length === 0) return Promise.resolve(null);
    const at = Date.now();
    return Promise.all(keys.map((key) => this.fetchShared(key, at))).then((results): ProbeOutcome => {
      const again = results.find((result) => result !== undefined);
      return again ? { recovered: false, error: again.error } : { recovered: true };
    });
  }

  /** One probe's fetch of `key`: panels probing the same key within moments share it. */
  private fetchShared(key: string, at: number): Promise<{ error: unknown } | undefined> {
    const shared = this.sharedFetches.get(key);
    if (shared && at - shared.at < PROBE_SHARED_MS) return shared.result;
    const result = this.fetchOnce(key, at);
    this.sharedFetches.set(key, { at, result });
    return result;
  }

  private fetchOnce(key: string, at: number): Promise<{ error: unknown } | undefined> {
    const fetch = this.fetches.get(key);
    if (!fetch) return Promise.resolve(undefined);
    // SWR's own fetch of the key, already running, is this probe's answer (SWR reports it itself).
    const running = this.inFlight.get(key);
    // A fetcher that throws at once is a failure like any other.
    const answer = running ?? new Promise<unknown>((resolve) => resolve(fetch.fetcher(fetch.arg)));
    this.probed.set(key, { at, answer });
    return answer.then(
      async (data) => {
        this.lastFound.delete(key);
        // A serialized key serializes to itself: the cache entry this key's hooks read.
        await this.mutate(key, data, { revalidate: false });
        this.told.recovered(key);
        return undefined;
      },
      (error: unknown) => {
        this.probed.delete(key);
        // The fallback now shows this failure, and its next probe names it.
        this.lastFound.set(key, error);
        if (!running) this.told.failed(key, error);
        return { error };
      },
    );
  }

  /**
   * Clears the cached error of every failed key with no data that no hook shows: the next
   * mount fetches it anew instead of rethrowing it (suspense), or throwing it again to the
   * boundary. A key a hook still shows keeps its error until it is fetched again.
   */
  reset(): void {
    for (const key of this.failedKeys()) {
      const state = this.cache.get(key);
      if (state === undefined || state.data !== undefined || this.mounted.has(key)) continue;
      this.cache.set(key, { ...state, error: undefined });
    }
  }
}

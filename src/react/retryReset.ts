import type { ErrorKit } from '../core/kit/createErrorKit';

// A data library keeps failed requests in a cache of its own, and a boundary's "Try again" must
// reach it: react-query rethrows a cached error on remount unless its QueryErrorResetBoundary was
// reset. The root knows no data library; an adapter (`api-error-kit/react-query`) attaches the
// library's hook to the kit it is given, and every boundary and error slot on that kit calls it.

/** What a data library lends the kit's boundaries for a retry. */
export interface RetryAdapter {
  /** Clears the library's cached failures, so the next render fetches again. */
  reset(): void;
  /**
   * Fetches the failed requests behind `failure` (what the boundary caught) once more, each once,
   * while the fallback stays on screen. When
   * every one succeeded the boundary renders the content with its data (no loading state in
   * between); when one failed again the fallback stays, showing that failure. Null when none of
   * the library's requests had failed (the failure came from elsewhere, a router's loader): the
   * content is then rendered again to find out.
   */
  probe?: ((failure: unknown) => Promise<ProbeOutcome | null>) | undefined;
}

/** What a probe found: the data is back, or what failed this time. */
export type ProbeOutcome = { recovered: true } | { recovered: false; error: unknown };

/** A hook that returns the data library's retry adapter. */
export type RetryAdapterHook = () => RetryAdapter;

const hooks = new WeakMap<ErrorKit, RetryAdapterHook>();
const noAdapter: RetryAdapter = { reset: () => undefined };
const useNoAdapter: RetryAdapterHook = () => noAdapter;

/** Attaches a data library's retry hook to `kit` (done by an adapter, once, before the app renders). */
export function attachRetryAdapter(kit: ErrorKit, hook: RetryAdapterHook): void {
  hooks.set(kit, hook);
}

/** The data library's retry adapter for `kit`'s boundaries; one that clears nothing without an adapter. */
export function useRetryAdapter(kit: ErrorKit): RetryAdapter {
  const useAdapter = hooks.get(kit) ?? useNoAdapter;
  return useAdapter();
}

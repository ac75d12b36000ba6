import type { ErrorKit } from '../core/kit/createErrorKit';

// A data library keeps failed requests in a cache of its own, and a boundary's "Try again" must
// reach it: react-query rethrows a cached error on remount unless its QueryErrorResetBoundary was
// reset. The root knows no data library; an adapter (`api-error-kit/react-query`) attaches the
// library's reset hook to the kit it is given, and every boundary on that kit calls it.

/** A hook that returns what clears a data library's cached failures for the next render. */
export type RetryResetHook = () => () => void;

const hooks = new WeakMap<ErrorKit, RetryResetHook>();
const noReset = () => undefined;
const useNoReset: RetryResetHook = () => noReset;

/** Attaches a data library's reset hook to `kit` (done by an adapter, once, before the app renders). */
export function attachRetryReset(kit: ErrorKit, hook: RetryResetHook): void {
  hooks.set(kit, hook);
}

/** What clears the data library's cached failures for `kit`'s boundaries; nothing to clear without an adapter. */
export function useRetryReset(kit: ErrorKit): () => void {
  const useReset = hooks.get(kit) ?? useNoReset;
  return useReset();
}

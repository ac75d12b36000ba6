import type { ApiError } from '../core/ApiError';

/** A failure told beside what is still on screen (a background refetch that failed), not instead of it. */
export interface Notice {
  error: ApiError;
  /** What failed to refresh (a query key), for the app's own grouping. */
  key?: readonly unknown[] | undefined;
  /** What the notice is about, for taking it back when that recovers (a query's hash). */
  source?: string | undefined;
  message: string;
}

type Listener = () => void;

// One list per page, one notice per code: ten queries failing with one outage are one notice.
let current: readonly Notice[] = [];
const listeners = new Set<Listener>();

function publish(next: readonly Notice[]): void {
  current = next;
  for (const listener of [...listeners]) listener();
}

/** Shows `notice` in the page's `<ApiErrorNotices />`, in place of an earlier one with the same code. */
export function showNotice(notice: Notice): void {
  publish([...current.filter((shown) => shown.error.code !== notice.error.code), notice]);
}

/** Removes the notice with `code` (its dismiss button, or the data coming back). */
export function dismissNotice(code: string): void {
  if (current.some((shown) => shown.error.code === code)) publish(current.filter((shown) => shown.error.code !== code));
}

/** Removes the notice about `source` (its data came back). */
export function dismissNoticesOf(source: string): void {
  if (current.some((shown) => shown.source === source)) publish(current.filter((shown) => shown.source !== source));
}

/** The page's notices, for `useSyncExternalStore`. */
export const noticeStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): readonly Notice[] => current,
  getServer: (): readonly Notice[] => [],
};

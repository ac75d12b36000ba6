// The locale a story is shown in, when a check shows it in another than the toolbar's: the
// preview's decorator reads it, so the same story, in the state its play function left it,
// renders again in each language.

type Listener = () => void;
let current: string | undefined;
const listeners = new Set<Listener>();

/** The locale a check asks for, or undefined: the toolbar's. */
export function localeOverride(): string | undefined {
  return current;
}

/** Shows every story in `locale` (undefined: the toolbar's again). */
export function setLocaleOverride(locale: string | undefined): void {
  current = locale;
  for (const listener of listeners) listener();
}

/** Calls `listener` when the override changes; returns the unsubscribe. */
export function subscribeLocaleOverride(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// An application's callback must never take the kit down with it: the kit runs exactly when
// things already go wrong, and a throw from reporting or resetting code would make it worse.
// A callback called on every render (login.href) throws a new error each time: the same
// callback failing the same way is one report, not one per render.
const reported = new Set<string>();
const MAX_REMEMBERED = 100;

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an error that cannot be described';
  }
}

/** Reports a throw from an application's callback once (to the page's error reporting when there is one), and never rethrows. */
export function reportCallbackError(name: string, error: unknown): void {
  const key = `${name}\u0000${describe(error)}`;
  if (reported.has(key)) return;
  if (reported.size >= MAX_REMEMBERED) reported.clear();
  reported.add(key);
  try {
    const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
    if (typeof report === 'function') report(error);
    else console.error(`api-error-kit: the application's ${name} threw; the kit carried on.`, error);
  } catch {
    // Reporting itself failed; there is nowhere left to say so.
  }
}

/** True for a promise or any thenable an async callback may return. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

/**
 * Calls an application's callback; a throw is reported once and the kit carries on with
 * undefined. An async callback's rejection is contained the same way (reported, never left
 * unhandled); its promise is returned, settled to undefined if it rejects.
 */
export function callSafely<Args extends unknown[], Result>(name: string, callback: ((...args: Args) => Result) | undefined, ...args: Args): Result | undefined {
  if (typeof callback !== 'function') return undefined;
  try {
    const result = callback(...args);
    if (!isThenable(result)) return result;
    return Promise.resolve(result).then(undefined, (error: unknown) => {
      reportCallbackError(name, error);
      return undefined;
    }) as Result;
  } catch (error) {
    reportCallbackError(name, error);
    return undefined;
  }
}

import type { ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';

/** React's `onCaughtError` root option, as the kit fills it in. */
export type CaughtErrorHandler = (error: unknown, errorInfo: { componentStack?: string | undefined }) => void;

/**
 * For `createRoot(container, { onCaughtError: caughtErrorLogger(kit) })`: React 19 logs every
 * error a boundary catches; this logs only the ones that are bugs (a script error in a
 * component), read with the app's kit, not the API failures a fallback shows, which are an
 * expected state of the page (report those with `onError`).
 */
export function caughtErrorLogger(kit?: ErrorKit): CaughtErrorHandler {
  return (error, errorInfo) => {
    const apiError = (kit ?? defaultKit()).normalize(error);
    if (apiError.category === 'unknown' && apiError.status === undefined) console.error(error, errorInfo.componentStack);
  };
}

/** `caughtErrorLogger()` with the default kit, for an app that has none of its own. */
export const onCaughtError: CaughtErrorHandler = (error, errorInfo) => caughtErrorLogger()(error, errorInfo);

import { normalizeError } from '../core/normalize/normalizeError';

/**
 * For `createRoot(container, { onCaughtError })`: React 19 logs every error a boundary catches;
 * this logs only the ones that are bugs (a script error in a component), not the API failures a
 * fallback shows, which are an expected state of the page (report those with `onError`).
 */
export function onCaughtError(error: unknown, errorInfo: { componentStack?: string | undefined }): void {
  const apiError = normalizeError(error);
  if (apiError.category === 'unknown' && apiError.status === undefined) console.error(error, errorInfo.componentStack);
}

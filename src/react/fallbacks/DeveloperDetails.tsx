import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings } from '../ApiErrorSettings';

function describeCause(cause: unknown): string {
  try {
    return typeof cause === 'string' ? cause.slice(0, 4000) : (JSON.stringify(cause, null, 2) ?? String(cause)).slice(0, 4000);
  } catch {
    return String(cause);
  }
}

/** In development only: what the server sent, debug fields included, for the developer reading the page. */
export function DeveloperDetails({ error }: { error: ApiError }) {
  const { mode } = useApiErrorSettings();
  if (mode !== 'development') return null;
  return (
    <details className="aek-fallback__developer">
      <summary>Developer details</summary>
      <dl>
        <dt>Code</dt>
        <dd>{error.code}</dd>
        <dt>Status</dt>
        <dd>{error.status ?? 'none'}</dd>
        <dt>Dialect</dt>
        <dd>{error.dialect}</dd>
      </dl>
      {/* Scrollable, so keyboard users can reach it. */}
      <pre tabIndex={0} role="region" aria-label="Raw response">
        {describeCause(error.cause)}
      </pre>
    </details>
  );
}

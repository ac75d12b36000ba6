import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings } from '../ApiErrorSettings';
import { useMessages } from '../hooks/useMessages';

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
  const { t } = useMessages();
  if (mode !== 'development') return null;
  return (
    <details className="aek-fallback__developer">
      <summary>{t('developer.title')}</summary>
      <dl>
        <dt>{t('developer.code')}</dt>
        <dd>{error.code}</dd>
        <dt>{t('developer.status')}</dt>
        <dd>{error.status ?? t('developer.none')}</dd>
        <dt>{t('developer.dialect')}</dt>
        <dd>{error.dialect}</dd>
      </dl>
      {/* Scrollable, so keyboard users can reach it. */}
      <pre tabIndex={0} role="region" aria-label={t('developer.rawResponse')}>
        {describeCause(error.cause)}
      </pre>
    </details>
  );
}

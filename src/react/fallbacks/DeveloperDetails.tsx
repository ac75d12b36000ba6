'use client';
import type { ApiError } from '../../core/ApiError';
import { useApiErrorSettings } from '../ApiErrorSettings';
import { useMessages } from '../hooks/useMessages';
import { developerWords } from '../../locales/en/interfaceWords';

function describeCause(cause: unknown): string {
  try {
    return typeof cause === 'string' ? cause.slice(0, 4000) : (JSON.stringify(cause, null, 2) ?? String(cause)).slice(0, 4000);
  } catch {
    return String(cause);
  }
}

/** What the server sent, debug fields included, for the developer reading the page (mode 'development'). */
function DeveloperPanel({ error }: { error: ApiError }) {
  const { mode } = useApiErrorSettings();
  const { t } = useMessages(developerWords);
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
      {/* Scrollable, so keyboard users can reach it; a named group, not a landmark, as two panels may show one each. */}
      <pre tabIndex={0} role="group" aria-label={t('developer.rawResponse')} dir="ltr">
        {describeCause(error.cause)}
      </pre>
    </details>
  );
}

const nothing = (): null => null;

/**
 * In development only: the panel with the raw response. A production build (`NODE_ENV` set to
 * "production", as bundlers do) drops it and its helpers entirely.
 */
export const DeveloperDetails: (props: { error: ApiError }) => ReturnType<typeof DeveloperPanel> = process.env.NODE_ENV === 'production' ? nothing : DeveloperPanel;

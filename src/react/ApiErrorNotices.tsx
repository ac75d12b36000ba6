'use client';
import { useSyncExternalStore } from 'react';
import { useMessages } from './hooks/useMessages';
import { dismissNotice, noticeStore } from './notices';
import { noticeWords } from '../locales/en/interfaceWords';

/**
 * Where failures beside data that stays on screen are told (a background refetch that failed):
 * one polite region, mounted empty, one notice per code, each with a dismiss button. Put it once
 * in the layout; an app with its own toasts passes `onNotice` to the query client instead.
 */
export function ApiErrorNotices() {
  const notices = useSyncExternalStore(noticeStore.subscribe, noticeStore.get, noticeStore.getServer);
  const { t } = useMessages(noticeWords);
  return (
    <div role="status" aria-label={t('notices.label')} className="aek-notices">
      {notices.map(({ error, message }) => (
        <p key={error.code} className="aek-notice" data-error-code={error.code} data-error-category={error.category}>
          <span dir="auto">{message}</span> {t('notice.staleData')}{' '}
          <button type="button" className="aek-button aek-button--secondary" onClick={() => dismissNotice(error.code)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}

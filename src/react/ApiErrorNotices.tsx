'use client';
import { useSyncExternalStore } from 'react';
import { SignInAction } from './fallbacks/SignInAction';
import { useMessages } from './hooks/useMessages';
import { useRegistryEntry } from './hooks/useRegistryEntry';
import { dismissNotice, noticeStore, type Notice } from './notices';
import { noticeWords } from '../locales/en/interfaceWords';

/** One notice: what failed, in the active locale, that what is shown may be out of date, and a way to dismiss it. */
function NoticeLine({ notice: { error } }: { notice: Notice }) {
  const messages = useMessages(noticeWords);
  const { title } = messages.entry(useRegistryEntry(error));
  return (
    <p className="aek-notice" data-error-code={error.code} data-error-category={error.category}>
      <span dir="auto">{title}.</span> {messages.t('notice.staleData')}{' '}
      {/* The session ended behind data still on screen: signing in brings it up to date. */}
      {error.category === 'unauthenticated' && <SignInAction error={error} onRetry={undefined} />}{' '}
      <button type="button" className="aek-button aek-button--secondary" onClick={() => dismissNotice(error.code)}>
        {messages.t('notice.dismiss')}
      </button>
    </p>
  );
}

/**
 * Where failures beside data that stays on screen are told (a background refetch that failed):
 * one polite region, mounted empty, one notice per code, each with a dismiss button; a notice
 * goes by itself when its data is fetched again. Put it once in the layout; an app with its own
 * toasts passes `onNotice` to the query client instead.
 */
export function ApiErrorNotices() {
  const notices = useSyncExternalStore(noticeStore.subscribe, noticeStore.get, noticeStore.getServer);
  const { t } = useMessages(noticeWords);
  return (
    <div role="status" aria-label={t('notices.label')} className="aek-notices">
      {notices.map((notice) => (
        <NoticeLine key={notice.error.code} notice={notice} />
      ))}
    </div>
  );
}

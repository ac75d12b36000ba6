'use client';
import type { ApiError } from '../../core/ApiError';
import type { MessageKey } from '../../locales/en';
import { useMessages } from '../hooks/useMessages';
import type { SharedKind } from './sharedFailures';

const WORDS = { session: 'shared.session', network: 'shared.network' } as const satisfies Record<SharedKind, MessageKey>;

/** A panel waiting on a failure another panel already speaks about: no alert, no focus, just what will happen. */
export function QuietNotice({ error, kind }: { error: ApiError; kind: SharedKind }) {
  const { t } = useMessages();
  return (
    <div className="aek-fallback aek-fallback--quiet" data-error-code={error.code} data-error-category={error.category}>
      <p className="aek-fallback__message">{t(WORDS[kind])}</p>
    </div>
  );
}

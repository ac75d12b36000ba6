import type { ApiError } from '../../core/ApiError';
import type { SharedKind } from './sharedFailures';

const WORDS: Readonly<Record<SharedKind, string>> = {
  session: 'This part of the page will come back when you have signed in.',
  network: 'This part of the page will come back when the connection does.',
};

/** A panel waiting on a failure another panel already speaks about: no alert, no focus, just what will happen. */
export function QuietNotice({ error, kind }: { error: ApiError; kind: SharedKind }) {
  return (
    <div className="aek-fallback aek-fallback--quiet" data-error-code={error.code} data-error-category={error.category}>
      <p className="aek-fallback__message">{WORDS[kind]}</p>
    </div>
  );
}

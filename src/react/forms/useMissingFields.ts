import { useCallback, useSyncExternalStore } from 'react';

/** Calls `changed` whenever an element is added, removed or renamed anywhere on the page. */
function watchPage(changed: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => undefined;
  const observer = new MutationObserver(changed);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  return () => observer.disconnect();
}

/**
 * Which of `ids` name no element on the page, kept up to date as the page changes: an error
 * summary links only to fields that are there. In server rendering none is missing.
 */
export function useMissingFields(ids: readonly string[]): ReadonlySet<string> {
  const key = ids.join('\n');
  const read = useCallback(() => (key === '' ? '' : key.split('\n').filter((id) => !document.getElementById(id)).join('\n')), [key]);
  const missing = useSyncExternalStore(watchPage, read, () => '');
  return new Set(missing === '' ? [] : missing.split('\n'));
}

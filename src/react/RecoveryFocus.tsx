'use client';
import { useEffect, useRef } from 'react';
import { announcePolitely } from './announce';
import { useMessages } from './hooks/useMessages';

/** The first heading in `elements` (or inside one of them), else the first of them. */
export function headingOrFirst(elements: Iterable<Element>): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const element of elements) {
    if (!(element instanceof HTMLElement)) continue;
    first ??= element;
    const heading = element.matches('h1, h2, h3, h4, h5, h6') ? element : element.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (heading) return heading;
  }
  return first;
}

/** Moves focus to `target`, making it focusable first when it is not. */
export function focusRecovered(target: HTMLElement | null): void {
  if (!target) return;
  if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** The elements after `start` in its parent: the content a marker rendered before it marks. */
function* following(start: Element): Generator<Element> {
  for (let sibling = start.nextElementSibling; sibling; sibling = sibling.nextElementSibling) yield sibling;
}

/** Says politely, in the active locale, that the content came back. */
export function useRecoveredAnnouncement(): () => void {
  const { t } = useMessages();
  return () => announcePolitely(t('retry.recovered'));
}

/**
 * Rendered just before content that came back after a retry: says politely that it loaded
 * again and, when focus was in the fallback that went, moves it to the content's first heading
 * (or the content itself), so focus never falls to the page's body.
 */
export function RecoveryFocus({ moveFocus }: { moveFocus: boolean }) {
  const marker = useRef<HTMLSpanElement>(null);
  const announce = useRecoveredAnnouncement();
  useEffect(() => {
    if (moveFocus && marker.current) focusRecovered(headingOrFirst(following(marker.current)));
    announce();
    // Once, when the content comes back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <span ref={marker} hidden />;
}

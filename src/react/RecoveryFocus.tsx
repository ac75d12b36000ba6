'use client';
import { useEffect, useRef } from 'react';
import { announcePolitely } from './announce';

/**
 * Rendered just before content that came back after a retry: moves focus to its first heading
 * (or to the content itself) and says politely that it loaded again, so focus never falls to
 * the page's body when the fallback that held it goes.
 */
export function RecoveryFocus({ announcement }: { announcement: string }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const start = marker.current;
    if (!start) return;
    // The recovered content is what follows the marker in its parent: its first heading, else its first element.
    let target: HTMLElement | null = null;
    for (let sibling = start.nextElementSibling; sibling && !target; sibling = sibling.nextElementSibling) {
      target = sibling.matches('h1, h2, h3, h4, h5, h6') ? (sibling as HTMLElement) : sibling.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    }
    target ??= start.nextElementSibling instanceof HTMLElement ? start.nextElementSibling : null;
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
    announcePolitely(announcement);
  }, [announcement]);
  return <span ref={marker} hidden />;
}

'use client';
import { useEffect, useRef } from 'react';

/** True while someone is typing in a field: focus is not taken from them. */
function isEditing(element: Element | null): boolean {
  return element instanceof HTMLElement && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

/**
 * A ref whose element takes focus when it first appears and `enabled` is true, and again whenever
 * `occasion` changes (a new failed submit), unless the user is typing elsewhere. `fromFields`:
 * take it from a field too, where the occasion is the user's own submit (Enter in an input).
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean | undefined, occasion?: unknown, { fromFields = false }: { fromFields?: boolean } = {}) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled && (fromFields || !isEditing(document.activeElement))) ref.current?.focus();
  }, [enabled, occasion, fromFields]);
  return ref;
}

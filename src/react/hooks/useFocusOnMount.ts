import { useEffect, useRef } from 'react';

/** A ref whose element takes focus once, when it first appears and `enabled` is true. */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, saveDraft } from './draftStorage';

/** What useFormDraft returns besides the values: a way to forget the draft, and whether one was brought back. */
export interface FormDraft {
  /** Forget the kept draft: call it once the submit succeeded. */
  clear: () => void;
  /** True when the values on screen came back from a kept draft (say so to the user). */
  restored: boolean;
}

/**
 * A form's values in state, kept in this tab's sessionStorage as the user types, so a trip to
 * the sign-in page after a session expiry (or a reload) brings them back. Secret fields
 * (passwords, card numbers, tokens) are never kept. The draft is read after mount, so server
 * rendering and hydration see `initial`.
 */
export function useFormDraft<Values extends Record<string, unknown>>(
  key: string,
  initial: Values,
): [Values, (next: Values | ((previous: Values) => Values)) => void, FormDraft] {
  const [values, setValues] = useState(initial);
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);
  // Only what the user typed is kept: the initial values are not a draft.
  const typed = useRef(false);

  useEffect(() => {
    const draft = readDraft(key, initialRef.current);
    if (draft) {
      setValues(draft);
      setRestored(true);
    }
  }, [key]);

  useEffect(() => {
    if (typed.current) saveDraft(key, values);
  }, [key, values]);

  const update = useCallback((next: Values | ((previous: Values) => Values)) => {
    typed.current = true;
    setValues(next);
  }, []);

  const clear = useCallback(() => {
    typed.current = false;
    clearDraft(key);
    setRestored(false);
  }, [key]);

  return [values, update, { clear, restored }];
}

'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { describeFormFields } from './describeFormFields';
import { clearDraft, readDraft, saveDraft, type FieldDescriptions } from './draftStorage';

/** What useFormDraft should know of the form's fields, so it never keeps a secret. */
export interface FormDraftOptions {
  /** The form element: each control's `type` and `autocomplete` say which fields are secret. */
  form?: RefObject<HTMLFormElement | null> | undefined;
  /** What fields are, where the form element does not say (`{ cvc: { autocomplete: 'cc-csc' } }`); over what the form says. */
  fields?: FieldDescriptions | undefined;
}

/** What useFormDraft returns besides the values: a way to forget the draft, and whether one was brought back. */
export interface FormDraft {
  /** Forget the kept draft: call it once the submit succeeded. */
  clear: () => void;
  /** True when the values on screen came back from a kept draft (say so to the user). */
  restored: boolean;
}

/** What the form element says of its fields, with the app's own descriptions over it. */
function describedFields({ form, fields }: FormDraftOptions): FieldDescriptions {
  return { ...describeFormFields(form?.current), ...fields };
}

/**
 * A form's values in state, kept in this tab's sessionStorage as the user types, so a trip to
 * the sign-in page after a session expiry (or a reload) brings them back. Secret fields are
 * never kept: those the form declares so (pass `form`, or `fields`), those with a secret's exact
 * name, and values shaped like a token, a key or a card number. The draft is read after mount,
 * so server rendering and hydration see `initial`.
 */
export function useFormDraft<Values extends Record<string, unknown>>(
  key: string,
  initial: Values,
  options: FormDraftOptions = {},
): [Values, (next: Values | ((previous: Values) => Values)) => void, FormDraft] {
  const [values, setValues] = useState(initial);
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);
  // Only what the user typed is kept: the initial values are not a draft.
  const typed = useRef(false);
  // Read when a draft is read or saved, so an inline `fields` object does not save on every render.
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  useEffect(() => {
    const draft = readDraft(key, initialRef.current, describedFields(optionsRef.current));
    if (draft) {
      setValues(draft);
      setRestored(true);
    }
  }, [key]);

  useEffect(() => {
    if (typed.current) saveDraft(key, values, describedFields(optionsRef.current));
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

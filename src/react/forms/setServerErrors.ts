import { FORM_FIELD } from '../../core/FieldError';
import { groupFieldErrors } from '../../core/groupFieldErrors';
import type { ErrorKit } from '../../core/kit/createErrorKit';
import { defaultKit } from '../../core/kit/defaultKit';

/** The part of react-hook-form's `useForm()` result the adapter uses (method syntax, so any form's field names fit). */
export interface FormWithSetError {
  setError(name: string, error: { type: string; message?: string }, options?: { shouldFocus?: boolean }): void;
}

/**
 * Puts a failed submit's field errors into react-hook-form: each field's messages with
 * `setError(field, { type: 'server' })`, form-level ones (and any failure naming no field)
 * under `root.server`. Pass the app's `kit` to read the failure with it. The values the user typed are
 * untouched. Returns how many fields got an error.
 */
export function setServerErrors(
  form: FormWithSetError,
  error: unknown,
  options: { shouldFocus?: boolean; kit?: ErrorKit } = {},
): number {
  const apiError = (options.kit ?? defaultKit()).normalize(error);
  const byField = groupFieldErrors(apiError.fieldErrors);
  if (byField.size === 0 && apiError.category !== 'cancelled') byField.set(FORM_FIELD, [apiError.message]);
  let first = options.shouldFocus ?? true;
  for (const [field, messages] of byField) {
    const name = field === FORM_FIELD ? 'root.server' : field;
    form.setError(name, { type: 'server', message: messages.join(' ') }, { shouldFocus: first && name !== 'root.server' });
    if (name !== 'root.server') first = false;
  }
  return [...byField.keys()].filter((field) => field !== FORM_FIELD).length;
}

import { FORM_FIELD } from '../../core/FieldError';
import { groupFieldErrors } from '../../core/groupFieldErrors';
import type { ErrorKit } from '../../core/kit/createErrorKit';
import { defaultKit } from '../../core/kit/defaultKit';
import { humanizeField } from './summaryEntries';

/** The part of react-hook-form's `useForm()` result the adapter uses (method syntax, so any form's field names fit). */
export interface FormWithSetError {
  setError(name: string, error: { type: string; message?: string }, options?: { shouldFocus?: boolean }): void;
  /** The form's values by field path: a field the server names that is not among them is not on the form. */
  getValues?(): unknown;
}

/** Options of setServerErrors. */
export interface SetServerErrorsOptions {
  /** Focus the first field with an error (default true). */
  shouldFocus?: boolean;
  /** Read the failure with the app's kit. */
  kit?: ErrorKit;
  /** The form's field paths; by default, the paths of `form.getValues()`. */
  fields?: readonly string[];
}

/** True when `path` ("address.city", "items.0.name") is a key path of `values`. */
function hasPath(values: unknown, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Puts a failed submit's field errors into react-hook-form: each field's messages with
 * `setError(field, { type: 'server' })`, form-level ones (and any failure naming no field)
 * under `root.server`. A message for a field the form does not have ("referral_code" on a form
 * without one) is kept under `root.server` too, starting with the field's name, so it is never
 * lost. Pass the app's `kit` to read the failure with it. The values the user typed are
 * untouched. Returns how many of the form's fields got an error.
 */
export function setServerErrors(form: FormWithSetError, error: unknown, options: SetServerErrorsOptions = {}): number {
  const apiError = (options.kit ?? defaultKit()).normalize(error);
  const byField = groupFieldErrors(apiError.fieldErrors);
  if (byField.size === 0 && apiError.category !== 'cancelled') byField.set(FORM_FIELD, [apiError.message]);
  const values = options.fields ? undefined : form.getValues?.();
  const onForm = (field: string) => (options.fields ? options.fields.includes(field) : values === undefined || hasPath(values, field));
  const formLevel: string[] = [];
  let first = options.shouldFocus ?? true;
  let fields = 0;
  for (const [field, messages] of byField) {
    const message = messages.join(' ');
    if (field === FORM_FIELD) {
      formLevel.push(message);
    } else if (!onForm(field)) {
      const name = humanizeField(field);
      formLevel.push(message.toLowerCase().includes(name.toLowerCase()) ? message : `${name}: ${message}`);
    } else {
      form.setError(field, { type: 'server', message }, { shouldFocus: first });
      first = false;
      fields += 1;
    }
  }
  if (formLevel.length > 0) form.setError('root.server', { type: 'server', message: formLevel.join(' ') }, { shouldFocus: false });
  return fields;
}

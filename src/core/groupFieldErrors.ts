import type { FieldError } from './FieldError';

/** Each field's messages in order, the form-level ones under `''`: what a form shows per field. */
export function groupFieldErrors(fieldErrors: readonly FieldError[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const { field, message } of fieldErrors) byField.set(field, [...(byField.get(field) ?? []), message]);
  return byField;
}

/** The id of the input for a field path: the path itself with dots made safe for an id and a `#` link. */
export function defaultFieldId(field: string): string {
  return field.replace(/[^\w-]/g, '-');
}

/** The id of a field's inline error message, which its input's aria-describedby points at. */
export function errorIdFor(fieldId: string): string {
  return `${fieldId}-error`;
}

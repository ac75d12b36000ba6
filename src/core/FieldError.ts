/** One server-side validation message, addressed to a form field path (`''` for the whole form). */
export interface FieldError {
  /** Dotted form path (`address.city`, `items.0.name`); `''` when the error belongs to the form as a whole. */
  field: string;
  message: string;
  value?: unknown;
  type?: string;
}

/** The field name used for errors that belong to the whole form rather than one field. */
export const FORM_FIELD = '';

/** What a field error says when the server's own message could not be shown, or named only a rule's code (the locales translate `field.invalid`). */
export const REPLACED_FIELD_MESSAGE = 'This value is not valid.';

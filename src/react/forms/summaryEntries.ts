import { FORM_FIELD } from '../../core/FieldError';

/** One line of an error summary: the field it is about (`''` for the form), the input's id, and what it says. */
export interface SummaryEntry {
  field: string;
  /** The id of the field's input; undefined for a form-level entry. */
  id: string | undefined;
  /** The field's name in words, when the message alone would not say which field it is about. */
  label: string | undefined;
  message: string;
}

/** "address.postCode" → "Address post code": a field path in words, when no label is known. */
export function humanizeField(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The summary's entries for a failure's messages. GOV.UK: each entry must say which field it is
 * about, so a message that does not name its field starts with the form's label for it, or, where
 * two entries would read the same, with the field's path in words.
 */
export function summaryEntries(
  errors: ReadonlyArray<{ field: string; message: string }>,
  fieldId: (field: string) => string,
  labelFor: ((field: string) => string | undefined) | undefined,
): SummaryEntry[] {
  const messages = errors.map(({ message }) => message);
  const repeated = new Set(messages.filter((message, index) => messages.indexOf(message) !== index));
  return errors.map(({ field, message }) => {
    if (field === FORM_FIELD) return { field, id: undefined, label: undefined, message };
    const label = labelFor?.(field) ?? (repeated.has(message) ? humanizeField(field) : undefined);
    const named = label !== undefined && !message.toLowerCase().includes(label.toLowerCase());
    return { field, id: fieldId(field), label: named ? label : undefined, message };
  });
}

'use client';
import { forwardRef, type MouseEvent } from 'react';
import type { ApiError } from '../../core/ApiError';
import { FORM_FIELD } from '../../core/FieldError';
import type { PlainApiError } from '../../core/plain/PlainApiError';
import { useNormalize } from '../hooks/useNormalize';
import type { FallbackProps } from '../FallbackProps';
import { defaultFieldId } from '../forms/fieldIds';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useMessages } from '../hooks/useMessages';
import { summaryWords } from '../../locales/en/interfaceWords';
import { useRegistryEntry } from '../hooks/useRegistryEntry';
import { fieldMessage } from '../forms/fieldMessage';

/** Props of ValidationSummary. */
export interface ValidationSummaryProps extends Omit<FallbackProps, 'error'> {
  /** The failed submit: an ApiError, or its plain copy from a server (a server action's result). */
  error: ApiError | PlainApiError;
  /** The id of the input for a field path; defaults to the path with dots as dashes. */
  fieldId?: ((field: string) => string) | undefined;
  /** The field's label; an entry whose message does not say which field it is about starts with it. */
  labelFor?: ((field: string) => string | undefined) | undefined;
  /** Link each entry to its field (true in a form); false where no fields are on the page. */
  linkFields?: boolean | undefined;
  /** The heading; GOV.UK's is "There is a problem". */
  title?: string | undefined;
  /** Entries listed before the rest are counted as "and N more problems" (default 20): a form is fixed a few fields at a time. */
  maxEntries?: number | undefined;
}

const DEFAULT_MAX_ENTRIES = 20;

/** "address.postCode" → "Address post code": a field path in words, when no label is known. */
function humanizeField(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Moves focus to the field and brings its label into view, as GOV.UK's error summary does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const label = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  // Older browsers and jsdom lack scrollIntoView; focus still moves.
  (label ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK's error summary for a server's validation errors: "There is a problem", then each
 * field's message as a link that moves focus to the field, form-level messages unlinked. It
 * takes focus when it appears, so a screen reader announces it after a failed submit.
 */
export const ValidationSummary = forwardRef<HTMLDivElement, ValidationSummaryProps>(function ValidationSummary(
  { error: given, onRetry, onAutoRetry, autoRetry, attempt, autoFocus = true, headingLevel = 2, fieldId = defaultFieldId, labelFor, linkFields = true, title, maxEntries = DEFAULT_MAX_ENTRIES, className, ...rest },
  ref,
) {
  // A plain copy is read with the app's kit (an ApiError is returned as it is).
  const error = useNormalize()(given);
  // Each failed submit brings a new error: focus returns to the summary, as GOV.UK's does on every submit.
  const summary = useFocusOnMount<HTMLDivElement>(autoFocus, given);
  const messages = useMessages(summaryWords);
  const { t } = messages;
  const registryWords = messages.entry(useRegistryEntry(error));
  const Heading = `h${headingLevel}` as const;
  // A failure that names no field is said about the form: the server's sentence, else the registry's words.
  const all = error.fieldErrors.length > 0 ? error.fieldErrors.map(({ field, message }) => ({ field, message: fieldMessage(message, t) })) : [{ field: FORM_FIELD, message: error.serverMessage ?? registryWords.message }];
  const shown = Math.max(1, Math.floor(maxEntries));
  const entries = all.slice(0, shown);
  const more = all.length - entries.length;
  // GOV.UK: each entry must say which field it is about; a bare "This field is required." twice would not.
  const repeated = new Set(entries.map(({ message }) => message).filter((message, index, messages) => messages.indexOf(message) !== index));
  const describe = (field: string, message: string) => {
    if (field === FORM_FIELD) return message;
    const label = labelFor?.(field) ?? (repeated.has(message) ? humanizeField(field) : undefined);
    return label && !message.toLowerCase().includes(label.toLowerCase()) ? t('summary.fieldAndMessage', { field: label, message }) : message;
  };
  return (
    <div ref={ref} {...rest} className={['aek-error-summary', className].filter(Boolean).join(' ')} data-error-code={error.code} data-error-category={error.category}>
      <div role="alert" ref={summary} tabIndex={-1} className="aek-error-summary__alert">
        <Heading className="aek-error-summary__title">{title ?? t('summary.title')}</Heading>
        <ul className="aek-error-summary__list">
          {entries.map(({ field, message }, index) => {
            const id = field === FORM_FIELD ? undefined : fieldId(field);
            return (
              <li key={`${field}:${index}`}>
                {linkFields && id ? (
                  <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {describe(field, message)}
                  </a>
                ) : (
                  describe(field, message)
                )}
              </li>
            );
          })}
          {more > 0 && <li className="aek-error-summary__more">{t('summary.more', { count: more })}</li>}
        </ul>
      </div>
      {onRetry && !linkFields && (
        <button type="button" className="aek-button" onClick={onRetry}>
          {t('action.tryAgain')}
        </button>
      )}
    </div>
  );
});

'use client';
import { forwardRef, useCallback, type MouseEvent, type ReactNode } from 'react';
import type { ApiError } from '../../core/ApiError';
import { FORM_FIELD } from '../../core/FieldError';
import type { PlainApiError } from '../../core/plain/PlainApiError';
import { useNormalize } from '../hooks/useNormalize';
import type { FallbackProps } from '../FallbackProps';
import { defaultFieldId } from '../forms/fieldIds';
import { fieldMessage } from '../forms/fieldMessage';
import { summaryEntries, type SummaryEntry } from '../forms/summaryEntries';
import { useMissingFields } from '../forms/useMissingFields';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useMessages } from '../hooks/useMessages';
import { useRegistryEntry } from '../hooks/useRegistryEntry';
import { summaryWords } from '../../locales/en/interfaceWords';

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
  /** Entries listed in the alert (default 20); the rest sit behind an "and N more problems" disclosure, a click away. */
  maxEntries?: number | undefined;
}

const DEFAULT_MAX_ENTRIES = 20;

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
 * field's message as a link that moves focus to the field; form-level messages, and fields that
 * are not on the page, as text. As in GOV.UK Frontend, the box takes focus on every failed
 * submit (Enter in a field included) and an inner element is the alert, so a screen reader
 * announces it once. Past `maxEntries`, the rest wait behind a disclosure outside the alert.
 */
export const ValidationSummary = forwardRef<HTMLDivElement, ValidationSummaryProps>(function ValidationSummary(
  { error: given, onRetry, onAutoRetry, autoRetry, attempt, autoFocus = true, headingLevel = 2, fieldId = defaultFieldId, labelFor, linkFields = true, title, maxEntries = DEFAULT_MAX_ENTRIES, className, ...rest },
  ref,
) {
  // A plain copy is read with the app's kit (an ApiError is returned as it is).
  const error = useNormalize()(given);
  // Each failed submit brings a new error: focus returns to the summary, even from the field where Enter was pressed.
  const box = useFocusOnMount<HTMLDivElement>(autoFocus, given, { fromFields: true });
  const setBox = useCallback(
    (node: HTMLDivElement | null) => {
      box.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [box, ref],
  );
  const messages = useMessages(summaryWords);
  const { t, rich } = messages;
  const registryWords = messages.entry(useRegistryEntry(error));
  // A failure that names no field is said about the form: the server's sentence, else the registry's words.
  const errors = error.fieldErrors.length > 0 ? error.fieldErrors.map(({ field, message }) => ({ field, message: fieldMessage(message, t) })) : [{ field: FORM_FIELD, message: error.serverMessage ?? registryWords.message }];
  const entries = summaryEntries(errors, fieldId, labelFor);
  const missing = useMissingFields(linkFields ? entries.flatMap(({ id }) => (id ? [id] : [])) : []);
  const shown = Math.max(1, Math.floor(maxEntries));
  const Heading = `h${headingLevel}` as const;

  // The server's words and the field's name are isolated, so in a right-to-left page an English sentence keeps its full stop.
  const line = ({ label, message }: SummaryEntry): ReactNode => (label ? rich('summary.fieldAndMessage', { field: <bdi>{label}</bdi>, message: <bdi>{message}</bdi> }) : <bdi>{message}</bdi>);
  const item = (entry: SummaryEntry, index: number) => (
    <li key={`${entry.field}:${index}`}>
      {linkFields && entry.id && !missing.has(entry.id) ? (
        <a href={`#${entry.id}`} onClick={(event) => focusField(event, entry.id ?? '')}>
          {line(entry)}
        </a>
      ) : (
        line(entry)
      )}
    </li>
  );
  const later = entries.slice(shown);
  return (
    <div ref={setBox} tabIndex={-1} {...rest} className={['aek-error-summary', className].filter(Boolean).join(' ')} data-error-code={error.code} data-error-category={error.category}>
      <div role="alert" className="aek-error-summary__alert">
        <Heading className="aek-error-summary__title">{title ?? t('summary.title')}</Heading>
        <ul className="aek-error-summary__list">{entries.slice(0, shown).map(item)}</ul>
      </div>
      {later.length > 0 && (
        <details className="aek-error-summary__more">
          <summary>{t('summary.more', { count: later.length })}</summary>
          <ul className="aek-error-summary__list">{later.map((entry, index) => item(entry, shown + index))}</ul>
        </details>
      )}
      {onRetry && !linkFields && (
        <button type="button" className="aek-button" onClick={onRetry}>
          {t('action.tryAgain')}
        </button>
      )}
    </div>
  );
});

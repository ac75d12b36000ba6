'use client';
import { useMemo } from 'react';
import type { ApiError } from '../../core/ApiError';
import { FORM_FIELD } from '../../core/FieldError';
import { groupFieldErrors } from '../../core/groupFieldErrors';
import { isApiError } from '../../core/isApiError';
import { isPlainApiError } from '../../core/plain/PlainApiError';
import { useApiErrorSettings } from '../ApiErrorSettings';
import { useMessages } from '../hooks/useMessages';
import { defaultFieldId, errorIdFor } from './fieldIds';
import { fieldMessage } from './fieldMessage';

/** The attributes an input needs to point at its error. */
export interface FieldAccessibilityProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A form's view of an ApiError's field errors. */
export interface FieldErrors {
  /** The server's message for a field path (several joined), or undefined. */
  messageFor(field: string): string | undefined;
  /** id, aria-invalid and aria-describedby for the field's input; `describedBy` adds a hint's id first. */
  fieldProps(field: string, describedBy?: string): FieldAccessibilityProps;
  /** Messages about the form as a whole (DRF non_field_errors, any failure that names no field). */
  formErrors: string[];
  /** True when the error has anything to show on the form. */
  hasErrors: boolean;
}

/**
 * Per-field messages and input props from whatever a submit failed with (an ApiError, its plain
 * copy from a server action, or nothing); a failure that names no field becomes a form-level message.
 */
export function useFieldErrors(error: unknown, fieldId: (field: string) => string = defaultFieldId): FieldErrors {
  const messages = useMessages();
  const { kit } = useApiErrorSettings();
  return useMemo(() => {
    // An ApiError, or its plain copy from a server (a server action's result, read with the app's kit).
    const apiError: ApiError | undefined = isApiError(error) ? error : isPlainApiError(error) ? kit.normalize(error) : undefined;
    // Messages in the active locale: the server's own as sent, the kit's replacements translated.
    const byField = groupFieldErrors((apiError?.fieldErrors ?? []).map(({ field, message }) => ({ field, message: fieldMessage(message, messages.t) })));
    const formErrors = byField.get(FORM_FIELD) ?? [];
    // A failure that names no field (a conflict, a rate limit, a quota kept with the form) is said about the form.
    if (apiError && apiError.category !== 'cancelled' && byField.size === 0) {
      formErrors.push(apiError.serverMessage ?? messages.entry(apiError.entry ?? kit.registry.resolve(apiError.code, apiError.status)).message);
    }
    const messageFor = (field: string) => byField.get(field)?.join(' ');
    return {
      messageFor,
      fieldProps(field, describedBy) {
        const id = fieldId(field);
        const invalid = messageFor(field) !== undefined;
        const ids = [describedBy, invalid ? errorIdFor(id) : undefined].filter(Boolean).join(' ');
        return { id, 'aria-invalid': invalid || undefined, 'aria-describedby': ids || undefined };
      },
      formErrors,
      hasErrors: byField.size > 0 || formErrors.length > 0,
    };
  }, [error, fieldId, messages, kit]);
}

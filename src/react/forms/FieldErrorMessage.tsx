'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { spaceBetween } from '../../core/messages/fitTypography';
import { useMessages } from '../hooks/useMessages';
import { summaryWords } from '../../locales/en/interfaceWords';
import { errorIdFor } from './fieldIds';

/** Props of FieldErrorMessage: the input's id and its message (nothing renders without one). */
export interface FieldErrorMessageProps extends Omit<ComponentPropsWithoutRef<'p'>, 'id' | 'children'> {
  fieldId: string;
  message: string | undefined;
}

/**
 * The inline error after a field's label and hint, with id `${fieldId}-error` for the input's
 * aria-describedby and GOV.UK's visually hidden "Error:" prefix, so a screen reader says what it is.
 */
export function FieldErrorMessage({ fieldId, message, className, ...rest }: FieldErrorMessageProps) {
  const { t, locale } = useMessages(summaryWords);
  if (!message) return null;
  return (
    <p {...rest} id={errorIdFor(fieldId)} className={['aek-field-error', className].filter(Boolean).join(' ')}>
      <span className="aek-visually-hidden">{t('inline.prefix')}{spaceBetween(locale)}</span>
      <bdi>{message}</bdi>
    </p>
  );
}

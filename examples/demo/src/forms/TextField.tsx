import { FieldErrorMessage, type FieldErrors } from 'api-error-kit';
import type { InputHTMLAttributes } from 'react';

/** Props of TextField: the input's name, its label, and the form's field errors. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  /** The API's path for this field, when it differs from the input's name. */
  field?: string;
}

/** A GOV.UK-style text input: label, hint, inline error, and the input pointing at both. */
export function TextField({ name, label, errors, hint, field = name, ...input }: TextFieldProps) {
  const message = errors.messageFor(field);
  const hintId = hint ? `${name}-hint` : undefined;
  const accessibility = errors.fieldProps(field, hintId);
  return (
    <div className={message ? 'field field--error' : 'field'}>
      <label htmlFor={accessibility.id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldErrorMessage fieldId={accessibility.id} message={message} />
      <input {...input} {...accessibility} name={name} />
    </div>
  );
}

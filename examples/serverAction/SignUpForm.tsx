'use client';
import { useActionState } from 'react';
import { FieldErrorMessage, useFieldErrors, ValidationSummary } from 'api-error-kit';
import { signUp } from './actions';

export function SignUpForm() {
  const [error, action, pending] = useActionState(signUp, null);
  const fields = useFieldErrors(error);
  return (
    <form action={action} noValidate>
      {fields.hasErrors && error && <ValidationSummary error={error} />}
      <label htmlFor="email">Email address</label>
      <FieldErrorMessage fieldId="email" message={fields.messageFor('email')} />
      <input {...fields.fieldProps('email')} name="email" type="email" />
      <button type="submit" disabled={pending}>Create account</button>
    </form>
  );
}

'use client';
import { useActionState } from 'react';
import { FieldErrorMessage, useFieldErrors, ValidationSummary } from 'api-error-kit';
import { signUp } from './actions';

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, { email: '', error: null });
  const fields = useFieldErrors(state.error);
  // React resets a form after its action: the field starts again from what was sent, so nothing typed is lost.
  return (
    <form action={action} noValidate>
      {fields.hasErrors && state.error && <ValidationSummary error={state.error} />}
      <label htmlFor="email">Email address</label>
      <FieldErrorMessage fieldId="email" message={fields.messageFor('email')} />
      <input {...fields.fieldProps('email')} name="email" type="email" defaultValue={state.email} />
      <button type="submit" disabled={pending}>Create account</button>
    </form>
  );
}

'use client';
import { useActionState, useState } from 'react';
import { FieldErrorMessage, useFieldErrors, ValidationSummary } from 'api-error-kit';
import { signUp, type SignUpState } from './actions';

const START: SignUpState = { values: { email: '', plan: 'free' }, error: null, created: false };

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, START);
  const fields = useFieldErrors(state.error);
  // The password never goes to the server and back: the browser keeps it, React's reset leaves a controlled field alone.
  const [password, setPassword] = useState('');
  if (state.created) return <p role="status">Account created for {state.values.email}.</p>;
  // React resets a form after its action: each field starts from what was sent, so nothing typed is lost.
  return (
    <form action={action} noValidate>
      {fields.hasErrors && state.error && <ValidationSummary error={state.error} />}
      <label htmlFor="email">Email address</label>
      <FieldErrorMessage fieldId="email" message={fields.messageFor('email')} />
      <input {...fields.fieldProps('email')} name="email" type="email" autoComplete="email" defaultValue={state.values.email} />
      <label htmlFor="password">Password</label>
      <FieldErrorMessage fieldId="password" message={fields.messageFor('password')} />
      <input {...fields.fieldProps('password')} name="password" type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      <input type="hidden" name="plan" value={state.values.plan} />
      <button type="submit" disabled={pending}>
        Create account
      </button>
    </form>
  );
}

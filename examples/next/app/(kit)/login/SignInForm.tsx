'use client';
import { useActionState, useState } from 'react';
import { FieldErrorMessage, useFieldErrors, ValidationSummary } from 'api-error-kit';
import { signIn, type SignInState } from './actions';

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(signIn, { email: '', error: null } satisfies SignInState);
  const fields = useFieldErrors(state.error);
  const [password, setPassword] = useState('');
  return (
    <form action={action} noValidate>
      {/* A wrong password names no field: the summary says the server's sentence about the form. */}
      {state.error && <ValidationSummary error={state.error} />}
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor="email">Email address</label>
      <FieldErrorMessage fieldId="email" message={fields.messageFor('email')} />
      <input {...fields.fieldProps('email')} name="email" type="email" autoComplete="email" defaultValue={state.email} />
      <label htmlFor="password">Password</label>
      <FieldErrorMessage fieldId="password" message={fields.messageFor('password')} />
      <input {...fields.fieldProps('password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}

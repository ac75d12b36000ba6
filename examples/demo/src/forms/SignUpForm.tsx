import { useMutation } from '@tanstack/react-query';
import { MutationError, useFieldErrors, useFormDraft } from 'api-error-kit';
import type { FormEvent } from 'react';
import { postJson } from '../api/client';
import { TextField } from './TextField';

const FIELDS = [
  { name: 'email', label: 'Email address', type: 'email', autoComplete: 'email', hint: undefined },
  { name: 'full_name', label: 'Full name', type: 'text', autoComplete: 'name', hint: undefined },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: 'At least 8 characters' },
] as const;

const EMPTY = { email: '', full_name: '', password: '' };

/**
 * The sign-up form, the kit's way: field errors as a summary and inline, any other failure inside
 * the form; what the user typed is kept (the password excepted) through a trip to the sign-in page.
 */
export function SignUpForm() {
  const [values, setValues, draft] = useFormDraft('demo-sign-up', EMPTY);
  const signUp = useMutation({
    mutationFn: (body: typeof values) => postJson('/saas/signup', body),
    onSuccess: draft.clear,
  });
  const errors = useFieldErrors(signUp.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(values);
  };

  if (signUp.isSuccess) return <p role="status">Your account has been created.</p>;

  return (
    <form noValidate onSubmit={submit} className="form">
      <MutationError mutation={signUp} />
      {draft.restored && <p className="field__hint">We kept what you typed. Enter your password again.</p>}
      {FIELDS.map(({ name, label, type, autoComplete, hint }) => (
        <TextField
          key={name}
          name={name}
          label={label}
          type={type}
          autoComplete={autoComplete}
          {...(hint ? { hint } : {})}
          errors={errors}
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      ))}
      <button type="submit" className="aek-button" disabled={signUp.isPending}>
        Create account
      </button>
    </form>
  );
}

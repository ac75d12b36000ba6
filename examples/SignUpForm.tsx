import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../src/core/client/apiFetch';
import { isApiError } from '../src/core/isApiError';
import { ValidationSummary } from '../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../src/react/forms/useFieldErrors';

const FIELDS = [
  { name: 'email', label: 'Email address', type: 'email', hint: undefined },
  { name: 'handle', label: 'Handle', type: 'text', hint: 'Letters, numbers, hyphens and underscores' },
  { name: 'password', label: 'Password', type: 'password', hint: 'At least 12 characters' },
] as const;

/** A sign-up form that shows a server's validation errors the GOV.UK way: summary, then inline. */
export function SignUpForm({ endpoint }: { endpoint: string }) {
  const [values, setValues] = useState({ email: '', handle: '', password: '' });
  const signUp = useMutation({
    mutationFn: (body: typeof values) => apiFetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const errors = useFieldErrors(signUp.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(values);
  };

  if (signUp.isSuccess) return <p role="status">Your account has been created.</p>;

  return (
    <form noValidate onSubmit={submit} className="aek-example-form">
      {isApiError(signUp.error) && errors.hasErrors && <ValidationSummary key={signUp.submittedAt} error={signUp.error} />}
      {FIELDS.map(({ name, label, type, hint }) => {
        const hintId = hint ? `${name}-hint` : undefined;
        const message = errors.messageFor(name);
        return (
          <div key={name} className={message ? 'aek-example-field aek-example-field--error' : 'aek-example-field'}>
            <label htmlFor={name}>{label}</label>
            {hint && <p id={hintId}>{hint}</p>}
            <FieldErrorMessage fieldId={name} message={message} />
            <input
              {...errors.fieldProps(name, hintId)}
              name={name}
              type={type}
              autoComplete={name === 'password' ? 'new-password' : name === 'email' ? 'email' : 'username'}
              value={values[name]}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
            />
          </div>
        );
      })}
      <button type="submit" className="aek-button" disabled={signUp.isPending}>
        Create account
      </button>
    </form>
  );
}

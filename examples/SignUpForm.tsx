import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { apiFetch } from '../src/fetch/apiFetch';
import { useApiErrorSettings } from '../src/react/ApiErrorSettings';
import { FieldErrorMessage } from '../src/react/forms/FieldErrorMessage';
import { MutationError } from '../src/react/forms/MutationError';
import { useFieldErrors } from '../src/react/forms/useFieldErrors';
import { useFormDraft } from '../src/react/forms/useFormDraft';

const FIELDS = [
  { name: 'email', label: 'Email address', type: 'email', hint: undefined },
  { name: 'handle', label: 'Handle', type: 'text', hint: 'Letters, numbers, hyphens and underscores' },
  { name: 'password', label: 'Password', type: 'password', hint: 'At least 12 characters' },
] as const;

const EMPTY = { email: '', handle: '', password: '' };

/**
 * A sign-up form that shows a server's errors the GOV.UK way: field errors as a summary and
 * inline, any other failure (the service down, the network gone, the session expired) inside
 * the form with "Try again". What the user typed is kept through all of it, and through a trip
 * to the sign-in page (the password excepted).
 */
export function SignUpForm({ endpoint }: { endpoint: string }) {
  const [values, setValues, draft] = useFormDraft('sign-up', EMPTY);
  // The app's kit, so the API's own format and codes are read.
  const { kit } = useApiErrorSettings();
  const signUp = useMutation({
    mutationFn: (body: typeof values) => apiFetch(endpoint, { kit, method: 'POST', body }),
    onSuccess: draft.clear,
  });
  const errors = useFieldErrors(signUp.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(values);
  };

  if (signUp.isSuccess) return <p role="status">Your account has been created.</p>;

  return (
    <form noValidate onSubmit={submit} className="aek-example-form">
      <MutationError mutation={signUp} />
      {draft.restored && <p className="aek-example-hint">We kept what you typed. Enter your password again.</p>}
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

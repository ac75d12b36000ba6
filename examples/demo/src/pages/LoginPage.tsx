import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GenericFallback, MutationError, signalSignIn, useFieldErrors, type FallbackOverrides, type FallbackProps } from 'api-error-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { postJson } from '../api/client';
import { startNewSession } from '../api/session';
import { TextField } from '../forms/TextField';

/** Wrong credentials: say so, without the sign-in link a session expiry gets (this is the sign-in page). */
function SignInFailed(props: FallbackProps) {
  return <GenericFallback {...props} onRetry={undefined} />;
}

const FALLBACKS: FallbackOverrides = { AUTHENTICATION_FAILED: SignInFailed };

/** Where to go after signing in: a path on this site only (`//host` and `/\host` lead elsewhere). */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** The sign-in page: posts the credentials as JSON, then goes back to where the user was. */
export function LoginPage() {
  const [values, setValues] = useState({ email: '', password: '' });
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: (credentials: typeof values) => postJson('/login', credentials),
    onSuccess: async () => {
      // Every tab of the app that was waiting on the session fetches again.
      signalSignIn();
      await startNewSession(queryClient);
      await navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true });
    },
  });
  const errors = useFieldErrors(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(values);
  };
  const change = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  return (
    <>
      <h1>Sign in</h1>
      <form noValidate onSubmit={submit} className="form">
        <MutationError mutation={signIn} fallbacks={FALLBACKS} />
        <TextField name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} errors={errors} value={values.email} onChange={change('email')} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" errors={errors} value={values.password} onChange={change('password')} />
        <button type="submit" className="aek-button" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
      <p className="field__hint">Any address and password work; the password “wrong-password” fails on purpose.</p>
    </>
  );
}

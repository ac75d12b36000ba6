import { useForm } from 'react-hook-form';
import { apiFetch } from '../src/fetch/apiFetch';
import { useApiErrorSettings } from '../src/react/ApiErrorSettings';
import { FieldErrorMessage } from '../src/react/forms/FieldErrorMessage';
import { setServerErrors } from '../src/react/forms/setServerErrors';

interface SignUp {
  email: string;
  handle: string;
  password: string;
}

/** The same sign-up form on react-hook-form: a failed submit's field errors go in through `setServerErrors`. */
export function SignUpFormWithReactHookForm({ endpoint }: { endpoint: string }) {
  const { kit } = useApiErrorSettings();
  const form = useForm<SignUp>({ defaultValues: { email: '', handle: '', password: '' } });
  const { errors, isSubmitSuccessful } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await apiFetch(endpoint, { kit, method: 'POST', body: values });
    } catch (error) {
      setServerErrors(form, error, { kit });
      throw error;
    }
  });

  if (isSubmitSuccessful) return <p role="status">Your account has been created.</p>;

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event).catch(() => undefined)} className="aek-example-form">
      {errors.root?.['server'] && (
        <div role="alert" className="aek-error-summary">
          <p>{errors.root['server'].message}</p>
        </div>
      )}
      {(['email', 'handle', 'password'] as const).map((name) => (
        <div key={name} className="aek-example-field">
          <label htmlFor={name}>{name[0]?.toUpperCase() + name.slice(1)}</label>
          <FieldErrorMessage fieldId={name} message={errors[name]?.message} />
          <input
            id={name}
            type={name === 'password' ? 'password' : 'text'}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${name}-error` : undefined}
            {...form.register(name)}
          />
        </div>
      ))}
      <button type="submit" className="aek-button">
        Create account
      </button>
    </form>
  );
}

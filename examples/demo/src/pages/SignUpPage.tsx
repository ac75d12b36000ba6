import { SignUpForm } from '../forms/SignUpForm';

/** Creating a SaaS account. */
export function SignUpPage() {
  return (
    <>
      <h1>Create an account</h1>
      <p className="field__hint">“taken@example.com” is already registered; a password under 8 characters is refused.</p>
      <SignUpForm />
    </>
  );
}

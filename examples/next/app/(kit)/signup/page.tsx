import { SignUpForm } from './SignUpForm';

export default function SignUpPage() {
  return (
    <>
      <h1>Create an account</h1>
      <SignUpForm />
    </>
  );
}

import { SignInForm } from './SignInForm';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string | string[] }> }) {
  const { returnTo } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm returnTo={typeof returnTo === 'string' ? returnTo : '/'} />
    </>
  );
}

'use server';
import { errorFromResponse, toPlainError, type PlainApiError } from 'api-error-kit/core';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { kit } from '../../../lib/kit';
import { API_URL, SESSION_COOKIE } from '../../../lib/serverApi';

/** What the sign-in form shows after a failed submit. */
export interface SignInState {
  email: string;
  error: PlainApiError | null;
}

/** Only a path on this site: a `returnTo` that names another site goes home instead. */
function samePath(value: FormDataEntryValue | null): string {
  const path = typeof value === 'string' ? value : '';
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

/** Signs in with the API and keeps its session cookie for this site, then goes back where the user was. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '');
  const response = await fetch(`${API_URL}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password: String(form.get('password') ?? '') }),
    cache: 'no-store',
  }).catch((error: unknown) => error);
  if (!(response instanceof Response) || !response.ok) {
    const failure = response instanceof Response ? await errorFromResponse(response, kit) : response;
    return { email, error: toPlainError(failure, kit) };
  }
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (session) (await cookies()).set(SESSION_COOKIE, session.slice(SESSION_COOKIE.length + 1), { httpOnly: true, sameSite: 'lax', path: '/' });
  redirect(samePath(form.get('returnTo')));
}

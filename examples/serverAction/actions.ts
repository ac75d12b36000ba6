'use server';
import { toPlainError, type PlainApiError } from 'api-error-kit/core';
import { api, kit } from './kit';

/** What the form shows after a submit: what the user typed, and what failed (null once it worked). */
export interface SignUpState {
  email: string;
  error: PlainApiError | null;
}

/** A server action: the account is created, or the failure comes back as plain data, with what was typed. */
export async function signUp(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const email = String(form.get('email') ?? '');
  try {
    await api('/accounts', { method: 'POST', body: { email } });
    return { email, error: null };
  } catch (error) {
    // Field errors, the code and the wait cross; the body, headers and stack stay on the server.
    return { email, error: toPlainError(error, kit) };
  }
}

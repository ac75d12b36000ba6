'use server';
import { toPlainError, type PlainApiError } from 'api-error-kit/core';
import { kit } from '../../../lib/kit';
import { serverApi } from '../../../lib/serverApi';

/** What the sign-up form shows after a submit: what the user typed (kept), and what failed. */
export interface SignUpState {
  values: { email: string; plan: string };
  error: PlainApiError | null;
  created: boolean;
}

/** A server action: the account is created, or the failure comes back as plain data, with what the user typed. */
export async function signUp(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const values = { email: String(form.get('email') ?? ''), plan: String(form.get('plan') ?? 'free') };
  try {
    await serverApi('/api/saas/signup', { method: 'POST', body: { ...values, password: String(form.get('password') ?? '') } });
    return { values, error: null, created: true };
  } catch (error) {
    // Field errors, the code and the wait cross; the body, headers and stack stay on the server.
    // The password is not sent back: the form keeps it in the browser.
    return { values, error: toPlainError(error, kit), created: false };
  }
}

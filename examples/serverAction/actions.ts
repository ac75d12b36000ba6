'use server';
import { toPlainError, type PlainApiError } from 'api-error-kit/core';
import { api, kit } from './kit';

/** A server action: the account is created, or the failure comes back as plain data for the form. */
export async function signUp(_previous: PlainApiError | null, form: FormData): Promise<PlainApiError | null> {
  try {
    await api('/accounts', { method: 'POST', body: { email: String(form.get('email') ?? '') } });
    return null;
  } catch (error) {
    // Field errors, the code and the wait cross; the body, headers and stack stay on the server.
    return toPlainError(error, kit);
  }
}

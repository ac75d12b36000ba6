import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useActionState } from 'react';
import { describe, expect, it } from 'vitest';
import { toPlainError } from '../../src/core/plain/toPlainError';
import type { PlainApiError } from '../../src/core/plain/PlainApiError';
import { ApiErrorFallback } from '../../src/react/ApiErrorFallback';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../../src/react/forms/useFieldErrors';
import { fullKit } from '../helpers/kits';
import { renderInKit } from '../helpers/renderInKit';

// What a server hands a browser is a plain copy of the ApiError: the fallbacks, the summary and
// the form helpers take it as they take the error itself.

/** What a server component catches and hands its client child, through JSON as React sends it. */
function fromServer(body: unknown, status: number, headers?: Record<string, string>): PlainApiError {
  return JSON.parse(JSON.stringify(toPlainError(fullKit.normalize(body, { status, headers }), fullKit))) as PlainApiError;
}

describe('ApiErrorFallback given a plain error from a server', () => {
  it.each([
    ['a 401: the sign-in prompt', fromServer({ error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired.' } }, 401), 'Your session has expired', 'unauthenticated'],
    ['a 429: the countdown', fromServer({ error: { code: 'RATE_LIMITED', message: 'Slow down' } }, 429, { 'retry-after': '30' }), 'Too many requests', 'rate-limited'],
    ['a 503: the reconnecting panel', fromServer({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Down' } }, 503), 'This service is temporarily unavailable', 'unavailable'],
    ['a 403: who may', fromServer({ error: { code: 'ACCESS_DENIED', message: 'Admins only.', details: { required_role: 'admin', current_role: 'user' } } }, 403), 'You do not have permission', 'forbidden'],
  ])('shows %s', (_name, plain, heading, category) => {
    renderInKit(<ApiErrorFallback error={plain} reset={() => undefined} />, fullKit);
    expect(screen.getByRole('heading', { name: new RegExp(heading) })).toBeInTheDocument();
    expect(document.querySelector('[data-error-category]')).toHaveAttribute('data-error-category', category);
  });

  it('says the wait the server asked for, and who may do what', () => {
    renderInKit(<ApiErrorFallback error={fromServer({ error: { code: 'RATE_LIMITED', message: 'Slow down' } }, 429, { 'retry-after': '30' })} reset={() => undefined} />, fullKit);
    expect(screen.getByRole('status')).toHaveTextContent(/30 seconds/);
  });

  it('names the role a 403 needs, from the allow-listed details', () => {
    renderInKit(<ApiErrorFallback error={fromServer({ error: { code: 'ACCESS_DENIED', message: 'Admins only.', details: { required_role: 'admin', current_role: 'user' } } }, 403)} />, fullKit);
    expect(screen.getByRole('group', { name: /permission/i })).toHaveTextContent(/admin/);
  });
});

describe('ValidationSummary given a plain error', () => {
  it('lists each field’s message, linked to its field', () => {
    const plain = fromServer({ detail: [{ loc: ['body', 'email'], msg: 'Enter an email address.', type: 'missing' }, { loc: ['body', 'handle'], msg: 'That handle is taken.', type: 'value_error' }] }, 422);
    renderInKit(
      <form>
        <ValidationSummary error={plain} />
        <input id="email" aria-label="Email" />
        <input id="handle" aria-label="Handle" />
      </form>,
      fullKit,
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter an email address.' })).toHaveAttribute('href', '#email');
    expect(within(summary).getByRole('link', { name: 'That handle is taken.' })).toHaveAttribute('href', '#handle');
  });
});

describe('a server action that returns field errors, shown with useActionState', () => {
  /** A fake server action: what a Next.js action returns after its API answered 422 (or nothing on success). */
  async function signUp(_previous: PlainApiError | null, form: FormData): Promise<PlainApiError | null> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const email = String(form.get('email') ?? '');
    if (email.includes('@')) return null;
    return fromServer({ detail: [{ loc: ['body', 'email'], msg: 'Enter an email address in the correct format.', type: 'value_error' }] }, 422);
  }

  function SignUp() {
    const [error, action, pending] = useActionState(signUp, null);
    const fields = useFieldErrors(error);
    return (
      <form action={action} noValidate>
        {error && <ValidationSummary error={error} />}
        <label htmlFor="email">Email address</label>
        <FieldErrorMessage fieldId="email" message={fields.messageFor('email')} />
        <input {...fields.fieldProps('email')} name="email" defaultValue="" />
        <button type="submit" disabled={pending}>
          Sign up
        </button>
        {!error && !pending && <p role="status">No problems</p>}
      </form>
    );
  }

  it('shows the summary and the inline message on a failed submit, focus on the summary, and clears them when it succeeds', async () => {
    const user = userEvent.setup();
    await act(async () => {
      render(<SignUp />);
    });
    await user.type(screen.getByRole('textbox', { name: /email address/i }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter an email address in the correct format.' })).toBeInTheDocument();
    // GOV.UK: the box around the alert takes focus (once it is on the page, from the submit button).
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const input = screen.getByRole('textbox', { name: /email address/i });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter an email address in the correct format\./);
    await user.clear(input);
    await user.type(input, 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('status')).toHaveTextContent('No problems');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

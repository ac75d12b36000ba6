import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { SignUpForm } from '../../../examples/SignUpForm';
import { SignUpFormWithReactHookForm } from '../../../examples/SignUpFormWithReactHookForm';
import { SIGN_UP_RESPONSES } from '../../../fixtures/signUpResponses';
import { ApiErrorProvider } from '../../../src/react/ApiErrorSettings';
import { fullKit } from '../../helpers/kits';
import { createApiQueryClient } from '../../../src/react-query/createApiQueryClient';
import { expectNoAxeViolations } from '../../helpers/axe';
import { server } from '../../msw/server';

const ENDPOINT = 'http://api.test/sign-up';

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email address'), 'ada@');
  await user.type(screen.getByLabelText('Handle'), 'ada lovelace');
  await user.type(screen.getByLabelText('Password'), 'short');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return user;
}

describe('a sign-up form showing server validation errors', () => {
  describe.each(SIGN_UP_RESPONSES)('from $api', ({ status, body, expected }) => {
    it('shows the summary and inline errors, keeps what was typed, and links each entry to its field', async () => {
      let received: unknown;
      server.use(
        http.post(ENDPOINT, async ({ request }) => {
          received = await request.json();
          return HttpResponse.json(body as JsonBodyType, { status });
        }),
      );
      const { container } = render(
        <QueryClientProvider client={createApiQueryClient({ kit: fullKit })}>
          <ApiErrorProvider kit={fullKit}>
            <SignUpForm endpoint={ENDPOINT} />
          </ApiErrorProvider>
        </QueryClientProvider>,
      );
      const user = await fillAndSubmit();
      expect(received).toEqual({ email: 'ada@', handle: 'ada lovelace', password: 'short' });

      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
      // Focus on the summary's box; the alert inside it is announced once.
      expect(document.activeElement).toContainElement(summary);

      for (const [field, message] of Object.entries(expected)) {
        const input = container.querySelector<HTMLInputElement>(`#${field}`);
        expect(input).toHaveAttribute('aria-invalid', 'true');
        expect(input?.getAttribute('aria-describedby')?.split(' ')).toContain(`${field}-error`);
        expect(container.querySelector(`#${field}-error`)).toHaveTextContent(`Error: ${message}`);
        await user.click(within(summary).getByRole('link', { name: message }));
        expect(input).toHaveFocus();
      }
      expect(within(summary).getAllByRole('link')).toHaveLength(Object.keys(expected).length);
      expect(screen.getByLabelText('Email address')).toHaveValue('ada@');
      expect(screen.getByLabelText('Handle')).toHaveValue('ada lovelace');
      expect(screen.getByLabelText('Password')).toHaveValue('short');
      await expectNoAxeViolations(container);
    });
  });

  it('puts field errors into react-hook-form, form-level ones under root.server', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(ENDPOINT, () =>
        HttpResponse.json({ email: ['Enter a valid email address.'], non_field_errors: ['Sign-ups are closed this week.'] }, { status: 400 }),
      ),
    );
    render(<SignUpFormWithReactHookForm endpoint={ENDPOINT} />);
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-ups are closed this week.');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@');
  });

  it("keeps react-hook-form's message for a field the form does not have, under root.server", async () => {
    const user = userEvent.setup();
    server.use(http.post(ENDPOINT, () => HttpResponse.json({ email: ['Enter a valid email address.'], referral_code: ['This code has expired.'] }, { status: 400 })));
    render(<SignUpFormWithReactHookForm endpoint={ENDPOINT} />);
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Referral code: This code has expired.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('moves focus from the field to the summary when Enter submits, on every failed submit', async () => {
    const user = userEvent.setup();
    const [first] = SIGN_UP_RESPONSES;
    if (!first) throw new Error('no sign-up response');
    server.use(http.post(ENDPOINT, () => HttpResponse.json(first.body as JsonBodyType, { status: first.status })));
    render(
      <QueryClientProvider client={createApiQueryClient({ kit: fullKit })}>
        <ApiErrorProvider kit={fullKit}>
          <SignUpForm endpoint={ENDPOINT} />
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), 'ada@{Enter}');
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toContainElement(summary));
    await user.type(screen.getByLabelText('Password'), 'short{Enter}');
    await waitFor(() => expect(document.activeElement).toContainElement(screen.getByRole('alert')));
    expect(screen.getByLabelText('Password')).toHaveValue('short');
  });
});

import { QueryClientProvider } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { SignUpForm } from '../../examples/SignUpForm';
import { SignUpFormWithReactHookForm } from '../../examples/SignUpFormWithReactHookForm';
import { SIGN_UP_RESPONSES } from '../../fixtures/signUpResponses';
import { createApiQueryClient } from '../../src/react-query/createApiQueryClient';

const ENDPOINT = 'https://api.example.test/sign-up';

function SignUpPage({ api }: { api: string }) {
  const [client] = useState(() => createApiQueryClient());
  return (
    <QueryClientProvider client={client}>
      <main className="aek-story-page">
        <h1>Create an account</h1>
        <p className="aek-story-source">The server answers as {api} does.</p>
        <SignUpForm endpoint={ENDPOINT} />
      </main>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Forms/Sign-up form',
  component: SignUpPage,
  argTypes: { api: { control: 'select', options: SIGN_UP_RESPONSES.map((response) => response.api) } },
} satisfies Meta<typeof SignUpPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one seed API: its validation response over msw, then what a user sees and does. */
function storyFor(index: number): Story {
  const response = SIGN_UP_RESPONSES[index];
  if (!response) throw new Error(`no sign-up response ${index}`);
  return {
    name: response.api,
    args: { api: response.api },
    beforeEach({ msw }) {
      msw.use(http.post(ENDPOINT, () => HttpResponse.json(response.body as JsonBodyType, { status: response.status })));
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await userEvent.type(canvas.getByLabelText('Email address'), 'ada@');
      await userEvent.type(canvas.getByLabelText('Handle'), 'ada lovelace');
      await userEvent.type(canvas.getByLabelText('Password'), 'short');
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
      const summary = await canvas.findByRole('alert');
      await expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
      await expect(summary).toHaveFocus();
      for (const [field, message] of Object.entries(response.expected)) {
        await userEvent.click(within(summary).getByRole('link', { name: message }));
        const input = canvasElement.querySelector<HTMLInputElement>(`#${field}`);
        await expect(input).toHaveFocus();
        await expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`) as unknown as string);
      }
      await expect(canvas.getByLabelText('Handle')).toHaveValue('ada lovelace');
    },
  };
}

export const MediaNest = storyFor(0);
export const ArtworkApi = storyFor(1);
export const ProspectsApi = storyFor(2);
export const UrlShortener = storyFor(3);
export const SaasWithPlans = storyFor(4);

/** The react-hook-form adapter: field errors through setError, form-level ones under root.server. */
export const WithReactHookForm: Story = {
  args: { api: 'Django REST framework' },
  render: () => (
    <main className="aek-story-page">
      <h1>Create an account</h1>
      <SignUpFormWithReactHookForm endpoint={ENDPOINT} />
    </main>
  ),
  beforeEach({ msw }) {
    msw.use(http.post(ENDPOINT, () => HttpResponse.json({ email: ['Enter a valid email address.'], non_field_errors: ['Sign-ups are closed this week.'] }, { status: 400 })));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByText('Enter a valid email address.')).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Sign-ups are closed this week.');
    await expect(canvas.getByLabelText('Email')).toHaveFocus();
    await expect(canvas.getByLabelText('Email')).toHaveValue('ada@');
  },
};

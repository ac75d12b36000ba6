import { QueryClientProvider } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { SignUpForm } from '../../examples/SignUpForm';
import { SignUpFormWithReactHookForm } from '../../examples/SignUpFormWithReactHookForm';
import { SIGN_UP_RESPONSES } from '../../fixtures/signUpResponses';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient } from '../../src/react-query/createApiQueryClient';
import { seedKit, storyKit, type Seed } from '../support/storyKit';

const ENDPOINT = 'https://api.example.test/sign-up';

/** The form inside an app wired with one kit: the seed API's (its preset), else the story kit; the QueryClient and the provider share it. */
function SignUpPage({ api, seed }: { api: string; seed?: Seed | undefined }) {
  const [kit] = useState(() => (seed ? seedKit(seed) : storyKit));
  const [client] = useState(() => createApiQueryClient({ kit }));
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider kit={kit} login={{ onLogin: () => undefined }}>
        <div className="aek-story-page">
          <h2>Create an account</h2>
          <p className="aek-story-source">The server answers as {api} does.</p>
          <ApiErrorBoundary>
            <SignUpForm endpoint={ENDPOINT} />
          </ApiErrorBoundary>
        </div>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Forms/Sign-up form',
  component: SignUpPage,
  argTypes: { api: { control: 'select', options: SIGN_UP_RESPONSES.map((response) => response.api) }, seed: { control: 'select', options: ['000', '001', '002', '003', '004'] } },
} satisfies Meta<typeof SignUpPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one seed API: its validation response over msw, read with that API's kit, then what a user sees and does. */
function storyFor(seed: Seed): Story {
  const response = SIGN_UP_RESPONSES[Number(seed)];
  if (!response) throw new Error(`no sign-up response for seed ${seed}`);
  return {
    name: response.api,
    args: { api: response.api, seed },
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
      // GOV.UK: the summary's box takes focus; the alert inside it is announced once.
      await expect(summary.parentElement).toHaveFocus();
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

export const MediaNest = storyFor('000');
export const ArtworkApi = storyFor('001');
export const ProspectsApi = storyFor('002');
export const UrlShortener = storyFor('003');
export const SaasWithPlans = storyFor('004');

/** The react-hook-form adapter: field errors through setError, form-level ones under root.server. */
export const WithReactHookForm: Story = {
  args: { api: 'Django REST framework' },
  render: () => (
    <div className="aek-story-page">
      <h2>Create an account</h2>
      <SignUpFormWithReactHookForm endpoint={ENDPOINT} />
    </div>
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

/** The sign-up endpoint: the first POST fails as `fail` says, the next one succeeds. */
function failOnce(fail: () => Response) {
  let posts = 0;
  return http.post(ENDPOINT, () => (++posts === 1 ? fail() : HttpResponse.json({ id: 'u_1' }, { status: 201 })));
}

async function typeAndSubmit(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Email address'), 'ada@example.com');
  await userEvent.type(canvas.getByLabelText('Handle'), 'ada');
  await userEvent.type(canvas.getByLabelText('Password'), 'correct horse battery');
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
  return canvas;
}

/** The service is down when the user submits: the error stays in the form, nothing is resent by itself, "Try again" sends it once. */
export const ServiceDownOnSubmit: Story = {
  args: { api: 'the URL shortener (seed 003) while it is down', seed: '003' },
  beforeEach({ msw }) {
    msw.use(failOnce(() => HttpResponse.json({ success: false, data: null, error_code: 'SERVICE_UNAVAILABLE', error_message: 'Service temporarily unavailable' }, { status: 503 })));
  },
  play: async ({ canvasElement }) => {
    const canvas = await typeAndSubmit(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'This service is temporarily unavailable' })).toHaveFocus();
    await expect(canvas.getByLabelText('Handle')).toHaveValue('ada');
    await expect(canvas.getByLabelText('Password')).toHaveValue('correct horse battery');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Your account has been created.');
  },
};

/** The session expired while the user typed: sign in (here, in a dialog the app opens), then send the same form again. */
export const SessionExpiredOnSubmit: Story = {
  args: { api: 'the SaaS API (seed 004) after the session expired', seed: '004' },
  beforeEach({ msw }) {
    msw.use(failOnce(() => HttpResponse.json({ success: false, error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired. Please log in again.' } }, { status: 401 })));
  },
  play: async ({ canvasElement }) => {
    const canvas = await typeAndSubmit(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await expect(canvas.getByLabelText('Email address')).toHaveValue('ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'I have signed in, try again' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Your account has been created.');
  },
};

/** No network when the user submits. */
export const OfflineOnSubmit: Story = {
  args: { api: 'nobody: the network is down' },
  beforeEach({ msw }) {
    msw.use(failOnce(() => HttpResponse.error()));
  },
  play: async ({ canvasElement }) => {
    const canvas = await typeAndSubmit(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Cannot reach the service' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Your account has been created.');
  },
};

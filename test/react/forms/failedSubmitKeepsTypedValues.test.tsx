import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SignUpForm } from '../../../examples/SignUpForm';
import { SEED_EXAMPLES } from '../../../fixtures/seedExamples';
import { ApiErrorBoundary } from '../../../src/react/ApiErrorBoundary';
import { ApiErrorProvider, type LoginSettings } from '../../../src/react/ApiErrorSettings';
import { fullKit } from '../../helpers/kits';
import { createApiQueryClient } from '../../../src/react-query/createApiQueryClient';
import { server } from '../../msw/server';

const ENDPOINT = 'http://api.test/sign-up';
const TYPED = { email: 'ada@example.com', handle: 'ada', password: 'correct horse battery' };

function seedBody(heading: string): { status: number; body: JsonBodyType } {
  const example = SEED_EXAMPLES.find((candidate) => candidate.heading.endsWith(heading));
  if (!example?.status) throw new Error(`no seed example ${heading}`);
  return { status: example.status, body: example.body as JsonBodyType };
}

/** The sign-up endpoint: the first POST fails as `fail` says, later ones succeed. Returns the bodies received. */
function signUpEndpoint(fail: () => Response): unknown[] {
  const posts: unknown[] = [];
  server.use(
    http.post(ENDPOINT, async ({ request }) => {
      posts.push(await request.json());
      return posts.length === 1 ? fail() : HttpResponse.json({ id: 'u_1' }, { status: 201 });
    }),
  );
  return posts;
}

/** An app page as the kit is meant to be used: a query client, a provider, a boundary around the route. */
function Page({ children, login = {} }: { children: ReactNode; login?: LoginSettings }) {
  const [client] = useState(() => createApiQueryClient({ kit: fullKit }));
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider kit={fullKit} login={login}>
        <main>
          <h1>Create an account</h1>
          <ApiErrorBoundary>{children}</ApiErrorBoundary>
        </main>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

async function typeAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email address'), TYPED.email);
  await user.type(screen.getByLabelText('Handle'), TYPED.handle);
  await user.type(screen.getByLabelText('Password'), TYPED.password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

function expectTypedValues() {
  expect(screen.getByLabelText('Email address')).toHaveValue(TYPED.email);
  expect(screen.getByLabelText('Handle')).toHaveValue(TYPED.handle);
  expect(screen.getByLabelText('Password')).toHaveValue(TYPED.password);
}

/** Long enough for any automatic retry to have happened: the floor is 1 s, its first step at most 1.5 s. */
const pastTheFloor = () => new Promise((resolve) => setTimeout(resolve, 1600));

describe('a failed submit keeps what the user typed', () => {
  it.each([
    ['the service is unavailable (503)', () => HttpResponse.json(seedBody('SERVICE_UNAVAILABLE (503)').body, { status: 503 }), 'This service is temporarily unavailable'],
    ['the network is down', () => HttpResponse.error(), 'Cannot reach the service'],
  ])('when %s: the error stays in the form, nothing is resent by itself, and "Try again" sends the same POST once', async (_, fail, heading) => {
    const user = userEvent.setup();
    const posts = signUpEndpoint(fail);
    render(
      <Page>
        <SignUpForm endpoint={ENDPOINT} />
      </Page>,
    );
    await typeAndSubmit(user);

    const form = screen.getByRole('button', { name: 'Create account' }).closest('form');
    if (!form) throw new Error('the form is gone');
    expect(await within(form).findByRole('heading', { name: heading })).toHaveFocus();
    expectTypedValues();
    await pastTheFloor();
    expect(posts).toHaveLength(1);

    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your account has been created.');
    expect(posts).toEqual([TYPED, TYPED]);
  }, 10_000);

  it('when the session expired: signing in through the app and trying again sends the same POST once more', async () => {
    const user = userEvent.setup();
    const { status, body } = seedBody('Authentication Errors (401 Unauthorized) > TOKEN_EXPIRED');
    const posts = signUpEndpoint(() => HttpResponse.json(body, { status }));
    const signIns: string[] = [];
    render(
      <Page login={{ onLogin: (returnTo) => signIns.push(returnTo) }}>
        <SignUpForm endpoint={ENDPOINT} />
      </Page>,
    );
    await typeAndSubmit(user);
    expect(await screen.findByRole('heading', { name: 'Your session has expired' })).toBeInTheDocument();
    expectTypedValues();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIns).toEqual(['/']);
    await user.click(screen.getByRole('button', { name: 'I have signed in, try again' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your account has been created.');
    expect(posts).toEqual([TYPED, TYPED]);
  });

  it('when the session expired: leaving for the sign-in page and coming back brings back what was typed, except the password', async () => {
    const user = userEvent.setup();
    const { status, body } = seedBody('Authentication Errors (401 Unauthorized) > TOKEN_EXPIRED');
    const posts = signUpEndpoint(() => HttpResponse.json(body, { status }));
    const first = render(
      <Page>
        <SignUpForm endpoint={ENDPOINT} />
      </Page>,
    );
    await typeAndSubmit(user);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2F');
    // Following the link unloads the page; the sign-in page sends the user back to a fresh one.
    first.unmount();
    render(
      <Page>
        <SignUpForm endpoint={ENDPOINT} />
      </Page>,
    );
    expect(await screen.findByText('We kept what you typed. Enter your password again.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveValue(TYPED.email);
    expect(screen.getByLabelText('Handle')).toHaveValue(TYPED.handle);
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(JSON.stringify(sessionStorage)).not.toContain(TYPED.password);

    await user.type(screen.getByLabelText('Password'), TYPED.password);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your account has been created.');
    expect(posts).toEqual([TYPED, TYPED]);
    expect(sessionStorage.length).toBe(0);
  });
});

// What real HTTP clients throw (or hand back) when a request fails, against a real HTTP server
// (msw): each is read as the response it carries.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query';
import { configureStore } from '@reduxjs/toolkit';
import { Client, fetchExchange } from '@urql/core';
import * as apollo3 from 'apollo3/core';
import axios from 'axios';
import ky from 'ky';
import ky2 from 'ky2';
import { delay, graphql, http, HttpResponse, type JsonBodyType } from 'msw';
import { ofetch } from 'ofetch';
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../src/core/normalize/errorFromResponse';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { server } from '../msw/server';

const RAILS_422 = { errors: { title: ["can't be blank"], email: ['has already been taken'] } };
const PROBLEM_401 = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Your session has ended.' };

/** What `run` throws. */
async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function answer(status: number, body: JsonBodyType, headers: Record<string, string> = {}) {
  server.use(http.all('http://api.test/*', () => HttpResponse.json(body, { status, headers })));
}

describe('ky', () => {
  it('reads an HTTPError as its response: a 401 is the sign-in prompt, not an unknown error', async () => {
    answer(401, PROBLEM_401, { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-7' });
    const error = await thrown(() => ky.get('http://api.test/me').json());
    expect(normalizeError(error)).toMatchObject({ code: 'UNAUTHORIZED', category: 'unauthenticated', status: 401, correlationId: 'req-7' });
  });

  it('reads the body ky 1 left unread, through errorFromResponse', async () => {
    answer(422, RAILS_422);
    const error = await thrown(() => ky.post('http://api.test/issues', { json: {} }).json());
    const read = await errorFromResponse(error);
    expect(read).toMatchObject({ category: 'validation', status: 422 });
    expect(read.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['title', 'email']);
  });

  it('reads the body ky 2 parsed onto the error, without waiting', async () => {
    answer(422, RAILS_422);
    const error = await thrown(() => ky2.post('http://api.test/issues', { json: {} }).json());
    expect(normalizeError(error).fieldErrors.map((fieldError) => fieldError.field)).toEqual(['title', 'email']);
  });

  it("reads ky's timeout as a timeout", async () => {
    server.use(http.get('http://api.test/slow', async () => { await delay(200); return HttpResponse.json({}); }));
    const error = await thrown(() => ky.get('http://api.test/slow', { timeout: 20, retry: 0 }).json());
    expect(normalizeError(error)).toMatchObject({ code: 'TIMEOUT', category: 'timeout' });
  });
});

describe('axios', () => {
  it("reads a 422 with Rails' errors object as field errors", async () => {
    answer(422, RAILS_422);
    const error = await thrown(() => axios.post('http://api.test/issues', {}));
    const read = normalizeError(error);
    expect(read).toMatchObject({ category: 'validation', status: 422 });
    expect(read.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['title', 'email']);
  });

  it("waits as long as a 429's Retry-After says", async () => {
    answer(429, { message: 'Slow down' }, { 'Retry-After': '30' });
    const error = await thrown(() => axios.get('http://api.test/me'));
    expect(normalizeError(error)).toMatchObject({ category: 'rate-limited', retryAfterMs: 30_000 });
  });

  it('reads a failed connection as the network', async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.error()));
    const error = await thrown(() => axios.get('http://api.test/me'));
    expect(normalizeError(error)).toMatchObject({ code: 'NETWORK_ERROR', category: 'network' });
  });
});

describe('ofetch', () => {
  it('reads a FetchError as its status and parsed body', async () => {
    answer(401, PROBLEM_401, { 'Content-Type': 'application/problem+json' });
    const error = await thrown(() => ofetch('http://api.test/me', { retry: 0 }));
    expect(normalizeError(error)).toMatchObject({ code: 'UNAUTHORIZED', category: 'unauthenticated', status: 401, serverMessage: 'Your session has ended.' });
  });
});

describe('fetch', () => {
  it('reads a Response an app throws, and its body through errorFromResponse', async () => {
    answer(422, RAILS_422);
    const response = await fetch('http://api.test/issues', { method: 'POST' });
    expect(normalizeError(response)).toMatchObject({ category: 'validation', status: 422 });
    expect((await errorFromResponse(response)).fieldErrors).toHaveLength(2);
  });

  it("reads fetch's TypeError as the network", async () => {
    server.use(http.get('http://api.test/me', () => HttpResponse.error()));
    const error = await thrown(() => fetch('http://api.test/me'));
    expect(normalizeError(error)).toMatchObject({ code: 'NETWORK_ERROR', category: 'network' });
  });
});

describe("RTK Query's fetchBaseQuery", () => {
  function storeWithApi() {
    const api = createApi({
      baseQuery: fetchBaseQuery({ baseUrl: 'http://api.test', timeout: 50 }),
      endpoints: (build) => ({ me: build.query<unknown, undefined>({ query: () => '/me' }), slow: build.query<unknown, undefined>({ query: () => '/slow' }) }),
    });
    const store = configureStore({ reducer: { [api.reducerPath]: api.reducer }, middleware: (defaults) => defaults({ immutableCheck: false, serializableCheck: false }).concat(api.middleware) });
    return { api, store };
  }

  it('reads its { status, data } error as the response', async () => {
    answer(403, { error: { code: 'FORBIDDEN', message: 'You cannot see this project.' } });
    const { api, store } = storeWithApi();
    const result = await store.dispatch(api.endpoints.me.initiate(undefined));
    expect(normalizeError(result.error)).toMatchObject({ code: 'FORBIDDEN', category: 'forbidden', status: 403, serverMessage: 'You cannot see this project.' });
  });

  it('reads FETCH_ERROR as the network, TIMEOUT_ERROR as a timeout, PARSING_ERROR as its original status', async () => {
    const { api, store } = storeWithApi();
    server.use(http.get('http://api.test/me', () => HttpResponse.error()));
    expect(normalizeError((await store.dispatch(api.endpoints.me.initiate(undefined))).error)).toMatchObject({ category: 'network' });
    server.use(http.get('http://api.test/slow', async () => { await delay(300); return HttpResponse.json({}); }));
    expect(normalizeError((await store.dispatch(api.endpoints.slow.initiate(undefined))).error)).toMatchObject({ category: 'timeout' });
    server.use(http.get('http://api.test/me', () => new HttpResponse('<html><title>502 Bad Gateway</title></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    expect(normalizeError((await store.dispatch(api.endpoints.me.initiate(undefined, { forceRefetch: true }))).error)).toMatchObject({ status: 502, category: 'upstream' });
  });
});

const ME = 'query Me { me { name } }';

describe('Apollo Client', () => {
  it('4: reads CombinedGraphQLErrors by its extensions code', async () => {
    server.use(graphql.query('Me', () => HttpResponse.json({ errors: [{ message: 'You must be signed in.', extensions: { code: 'UNAUTHENTICATED' } }], data: null })));
    const client = new ApolloClient({ link: new HttpLink({ uri: 'http://api.test/graphql' }), cache: new InMemoryCache() });
    const error = await thrown(() => client.query({ query: gql(ME) }));
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(normalizeError(error)).toMatchObject({ code: 'UNAUTHENTICATED', category: 'unauthenticated' });
  });

  it('4: reads a ServerError by its status and body', async () => {
    server.use(http.post('http://api.test/graphql', () => new HttpResponse('Down for maintenance', { status: 503, headers: { 'Retry-After': '20', 'Content-Type': 'text/plain' } })));
    const client = new ApolloClient({ link: new HttpLink({ uri: 'http://api.test/graphql' }), cache: new InMemoryCache() });
    const error = await thrown(() => client.query({ query: gql(ME) }));
    expect(normalizeError(error)).toMatchObject({ status: 503, category: 'unavailable' });
  });

  it('3: reads an ApolloError by its GraphQL errors, or by its network error', async () => {
    server.use(graphql.query('Me', () => HttpResponse.json({ errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }], data: null })));
    const client = new apollo3.ApolloClient({ link: new apollo3.HttpLink({ uri: 'http://api.test/graphql' }), cache: new apollo3.InMemoryCache() });
    const error = await thrown(() => client.query({ query: apollo3.gql(ME) }));
    expect(normalizeError(error)).toMatchObject({ code: 'FORBIDDEN', category: 'forbidden' });
    server.use(http.post('http://api.test/graphql', () => new HttpResponse('Too many requests', { status: 429, headers: { 'Retry-After': '5', 'Content-Type': 'text/plain' } })));
    const limited = await thrown(() => client.query({ query: apollo3.gql(ME), fetchPolicy: 'network-only' }));
    expect(normalizeError(limited)).toMatchObject({ status: 429, category: 'rate-limited' });
  });
});

describe('urql', () => {
  it("reads a CombinedError's GraphQL errors, and its network error's response", async () => {
    const client = new Client({ url: 'http://api.test/graphql', exchanges: [fetchExchange] });
    server.use(graphql.query('Me', () => HttpResponse.json({ errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }], data: null })));
    const denied = await client.query(ME, {}).toPromise();
    expect(normalizeError(denied.error)).toMatchObject({ code: 'FORBIDDEN', category: 'forbidden' });
    server.use(http.all('http://api.test/graphql', () => new HttpResponse('Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } })));
    const down = await new Client({ url: 'http://api.test/graphql', exchanges: [fetchExchange] }).query(ME, {}).toPromise();
    expect(normalizeError(down.error)).toMatchObject({ status: 503, category: 'unavailable' });
  });
});

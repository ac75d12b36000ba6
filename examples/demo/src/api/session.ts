import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Envelope, Session } from './types';

/** The session query's key. */
export const SESSION_KEY = ['session'] as const;

/**
 * Who is signed in. A 401 here only means "show the Sign in link": it never reaches a
 * boundary and is never retried.
 */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async ({ signal }) => (await api<Envelope<Session>>('/session', { signal })).data,
  throwOnError: false,
  retry: false,
});

/**
 * After signing in or out: drops every cached answer of the previous session (a cached 401 would
 * otherwise be shown again without a refetch) and asks who is signed in now.
 */
export async function startNewSession(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  await queryClient.resetQueries({ queryKey: SESSION_KEY });
}

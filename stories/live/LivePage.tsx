import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ErrorKit } from '../../src/core/kit/createErrorKit';
import type { RetryPolicyOptions } from '../../src/core/retry/retryRules';
import { createApiClient } from '../../src/fetch/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient } from '../../src/react-query/createApiQueryClient';
import { storyKit } from '../support/storyKit';

/** The API the live stories' msw handlers answer. */
export const LIVE_API = 'https://api.example.test';

/** A panel listing the media requests, as an app would write it: a query, nothing else. */
function MediaRequests({ api, token }: { api: ReturnType<typeof createApiClient>; token: string | undefined }) {
  const { data } = useQuery({
    queryKey: ['requests', token],
    queryFn: ({ signal }) => api<{ requests: Array<{ id: string; title: string }> }>('/requests', { signal, headers: token ? { Authorization: `Bearer ${token}` } : {} }),
  });
  if (!data) return <p>Loading your requests…</p>;
  return (
    <ul aria-label="Your requests">
      {data.requests.map((request) => (
        <li key={request.id}>{request.title}</li>
      ))}
    </ul>
  );
}

/** Props of LivePage: how the kit is configured for the story. */
export interface LivePageProps {
  /** The retry policy's numbers, over the page's quick ones (100 ms floor and first step, 1 s cap). */
  retry?: RetryPolicyOptions;
  settings?: Omit<ApiErrorProviderProps, 'children' | 'kit'>;
  /** Adds a way to sign in that sets a token and resets the boundary. */
  withSignIn?: boolean;
  children?: ReactNode;
}

/** The page's kit: the story kit (every preset, every fallback) with quick retries, and rate limits of its own. */
function pageKit(retry: RetryPolicyOptions | undefined): ErrorKit {
  return storyKit.extend({ retry: { minDelayMs: 100, baseDelayMs: 100, maxDelayMs: 1000, ...retry } });
}

/**
 * A page of an app wired with the kit: one kit handed to the fetch client, the QueryClient and
 * the provider, so a failure is read, retried and shown the same way everywhere; one boundary
 * around the route's content.
 */
export function LivePage({ retry, settings, withSignIn }: LivePageProps) {
  const [{ kit, api, queryClient }] = useState(() => {
    const made = pageKit(retry);
    return { kit: made, api: createApiClient({ baseUrl: LIVE_API, kit: made }), queryClient: createApiQueryClient({ kit: made }) };
  });
  const [token, setToken] = useState<string>();
  return (
    <QueryClientProvider client={queryClient}>
      <ApiErrorProvider {...settings} kit={kit} login={withSignIn ? { onLogin: () => setToken('signed-in') } : (settings?.login ?? {})}>
        <div className="aek-story-page">
          <h2>Your media requests</h2>
          <ApiErrorBoundary resetKeys={[token]}>
            <MediaRequests api={api} token={token} />
          </ApiErrorBoundary>
        </div>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

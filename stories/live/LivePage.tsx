import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createApiClient } from '../../src/core/client/apiFetch';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient, type ApiQueryClientOptions } from '../../src/react-query/createApiQueryClient';

/** The API the live stories' msw handlers answer. */
export const LIVE_API = 'https://api.example.test';

const api = createApiClient({ baseUrl: LIVE_API });

/** A panel listing the media requests, as an app would write it: a query, nothing else. */
function MediaRequests({ token }: { token: string | undefined }) {
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
  client?: ApiQueryClientOptions;
  settings?: Omit<ApiErrorProviderProps, 'children'>;
  /** Adds a way to sign in that sets a token and resets the boundary. */
  withSignIn?: boolean;
  children?: ReactNode;
}

/** A page of an app wired with the kit: QueryClient, provider, one boundary around the route's content. */
export function LivePage({ client, settings, withSignIn }: LivePageProps) {
  const [queryClient] = useState(() => createApiQueryClient({ minDelayMs: 100, baseDelayMs: 100, maxDelayMs: 1000, ...client }));
  const [token, setToken] = useState<string>();
  return (
    <QueryClientProvider client={queryClient}>
      <ApiErrorProvider {...settings} login={withSignIn ? { onLogin: () => setToken('signed-in') } : (settings?.login ?? {})}>
        <main className="aek-story-page">
          <h1>Your media requests</h1>
          <ApiErrorBoundary resetKeys={[token]}>
            <MediaRequests token={token} />
          </ApiErrorBoundary>
        </main>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { ApiErrorBoundary, ApiErrorProvider, standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createApiClient } from 'api-error-kit/fetch';
import { createApiQueryClient } from 'api-error-kit/react-query';
import 'api-error-kit/styles.css';

// One kit for the whole app: the formats your API speaks, and the fallbacks you show.
const kit = createErrorKit({ dialects: standardDialects, fallbacks: standardFallbacks });
const queryClient = createApiQueryClient({ kit, onError: (error) => console.info(error.code, error.correlationId) });
const api = createApiClient({ baseUrl: '/api', kit, timeoutMs: 15_000 });

function Requests() {
  const { data } = useQuery({ queryKey: ['requests'], queryFn: ({ signal }) => api<{ title: string }[]>('/requests', { signal }) });
  return <ul>{data?.map((request) => <li key={request.title}>{request.title}</li>)}</ul>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiErrorProvider kit={kit}>
        <ApiErrorBoundary>
          <Requests />
        </ApiErrorBoundary>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { ApiErrorBoundary, createApiClient, createApiQueryClient } from 'api-error-kit';
import 'api-error-kit/styles.css';

const queryClient = createApiQueryClient({ onError: (error) => console.info(error.code, error.correlationId) });
const api = createApiClient({ baseUrl: '/api', timeoutMs: 15_000 });

function Requests() {
  const { data } = useQuery({ queryKey: ['requests'], queryFn: ({ signal }) => api<{ title: string }[]>('/requests', { signal }) });
  return <ul>{data?.map((request) => <li key={request.title}>{request.title}</li>)}</ul>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiErrorBoundary>
        <Requests />
      </ApiErrorBoundary>
    </QueryClientProvider>
  );
}

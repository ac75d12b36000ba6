import { Suspense } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { ApiErrorBoundary, ApiErrorNotices, ApiErrorProvider, standardFallbacks } from 'api-error-kit';
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { createApiClient } from 'api-error-kit/fetch';
import { createSwrConfig } from 'api-error-kit/swr';

const kit = createErrorKit({ dialects: standardDialects, fallbacks: standardFallbacks });
const api = createApiClient({ baseUrl: '/api', kit });
// Retries by the kit's policy, notices beside stale data, and "Try again" that fetches again.
const swrConfig = createSwrConfig({ kit, onError: (error) => console.info(error.code, error.correlationId) });

function Requests() {
  const { data } = useSWR('/requests', (path: string) => api<{ title: string }[]>(path), { suspense: true });
  return <ul>{data.map((request) => <li key={request.title}>{request.title}</li>)}</ul>;
}

export function App() {
  return (
    <SWRConfig value={swrConfig}>
      <ApiErrorProvider kit={kit}>
        <ApiErrorNotices />
        <ApiErrorBoundary>
          <Suspense fallback={<p>Loading…</p>}>
            <Requests />
          </Suspense>
        </ApiErrorBoundary>
      </ApiErrorProvider>
    </SWRConfig>
  );
}

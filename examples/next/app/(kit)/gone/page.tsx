import { ApiErrorBoundary } from 'api-error-kit';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { serverApi } from '../../../lib/serverApi';

// A server child under ApiErrorBoundary that finds nothing: the boundary passes notFound() on to
// Next.js, which shows its not-found page, not a failure panel.
async function GoneRequest(): Promise<never> {
  await serverApi('/api/session');
  notFound();
}

export default function GonePage() {
  return (
    <>
      <h1>A request</h1>
      <ApiErrorBoundary>
        <Suspense fallback={<p>Loading the request…</p>}>
          <GoneRequest />
        </Suspense>
      </ApiErrorBoundary>
    </>
  );
}

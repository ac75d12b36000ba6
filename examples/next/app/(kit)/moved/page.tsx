import { ApiErrorBoundary } from 'api-error-kit';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { serverApi } from '../../../lib/serverApi';

// A server child under ApiErrorBoundary that redirects: the boundary passes Next.js's redirect on
// (it is not an error), so the browser lands on the library instead of seeing a failure panel.
async function MovedLibrary(): Promise<never> {
  // The library's new address is known once the API has answered: the redirect comes after the page has started to stream.
  await serverApi('/api/session');
  redirect('/library');
}

export default function MovedPage() {
  return (
    <>
      <h1>The library has moved</h1>
      <ApiErrorBoundary>
        <Suspense fallback={<p>Finding the library…</p>}>
          <MovedLibrary />
        </Suspense>
      </ApiErrorBoundary>
    </>
  );
}

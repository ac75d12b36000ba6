'use client';
import { lazy, Suspense } from 'react';

// Next.js bundles global-error with every route, so the kit is loaded only when it is shown:
// a route that uses nothing of the kit still pays nothing for it.
const GlobalErrorPanel = lazy(() => import('./GlobalErrorPanel'));

// The root layout failed: this replaces it, so it brings its own <html> and <body>.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; reset: () => void; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main>
          <Suspense fallback={<h1>Sorry, there is a problem</h1>}>
            <GlobalErrorPanel error={error} retry={retry} />
          </Suspense>
        </main>
      </body>
    </html>
  );
}

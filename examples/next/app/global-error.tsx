'use client';
import { ApiErrorFallback, ApiErrorProvider } from 'api-error-kit';
import 'api-error-kit/styles.css';
import { kit } from '../lib/kit';

// The root layout failed: this replaces it, so it brings its own <html>, provider and styles.
// Next.js's `retry` fetches the route's server components again; `reset` alone would not.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; reset: () => void; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main>
          <ApiErrorProvider kit={kit}>
            <ApiErrorFallback error={error} reset={retry} headingLevel={1} />
          </ApiErrorProvider>
        </main>
      </body>
    </html>
  );
}

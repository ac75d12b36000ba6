'use client';
import { ApiErrorFallback } from 'api-error-kit';

// What a page under this group threw without catching it. In production Next.js hands the browser
// only a digest, so this says "Sorry, there is a problem"; a page that catches and renders
// <RouteError> shows the per-code fallback instead. `retry` fetches the server components again
// (`reset` alone would render the failed payload once more).
export default function Error({ error, retry }: { error: Error & { digest?: string }; reset: () => void; retry: () => void }) {
  return <ApiErrorFallback error={error} reset={retry} headingLevel={1} />;
}

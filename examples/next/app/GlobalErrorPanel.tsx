'use client';
import { ApiErrorFallback, ApiErrorProvider } from 'api-error-kit';
import 'api-error-kit/styles.css';
import { kit } from '../lib/kit';

/** The root's fallback, with the provider and styles the failed root layout would have given. `retry` fetches the server components again; `reset` alone would not. */
export default function GlobalErrorPanel({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <ApiErrorProvider kit={kit}>
      <ApiErrorFallback error={error} reset={retry} headingLevel={1} />
    </ApiErrorProvider>
  );
}

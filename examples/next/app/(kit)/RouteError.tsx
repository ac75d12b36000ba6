'use client';
import { ApiErrorFallback } from 'api-error-kit';
import type { PlainApiError } from 'api-error-kit/core';
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';

/**
 * The per-code fallback for a server component's failure, given as plain data. "Try again" and
 * the fallback's own retries (the countdown, "reconnecting") fetch the route's server components
 * again; the page answers with its content, or with this fallback for the new failure.
 */
export function RouteError({ error }: { error: PlainApiError }) {
  const router = useRouter();
  return <ApiErrorFallback error={error} reset={() => startTransition(() => router.refresh())} headingLevel={1} />;
}

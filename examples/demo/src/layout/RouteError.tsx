import { ApiErrorFallback, type FallbackOverrides } from 'api-error-kit';
import { useRevalidator, useRouteError } from 'react-router';

/** A route's error slot: the kit's fallback for whatever its loader threw; "Try again" revalidates. */
export function RouteError({ fallbacks }: { fallbacks?: FallbackOverrides }) {
  const error = useRouteError();
  const revalidator = useRevalidator();
  // The fallback replaces the whole page, so its heading is the page's h1.
  return <ApiErrorFallback error={error} reset={() => void revalidator.revalidate()} fallbacks={fallbacks} headingLevel={1} />;
}

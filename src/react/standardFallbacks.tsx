'use client';
import type { FallbackComponent, FallbackProps } from './FallbackProps';
import { AccessDenied } from './fallbacks/AccessDenied';
import { ConflictNotice } from './fallbacks/ConflictNotice';
import { GenericFallback } from './fallbacks/GenericFallback';
import { LoginPrompt } from './fallbacks/LoginPrompt';
import { NetworkOffline } from './fallbacks/NetworkOffline';
import { NotFound } from './fallbacks/NotFound';
import { PaymentRequired } from './fallbacks/PaymentRequired';
import { QuotaExceeded } from './fallbacks/QuotaExceeded';
import { RateLimited } from './fallbacks/RateLimited';
import { ServerError } from './fallbacks/ServerError';
import { ServiceUnavailable } from './fallbacks/ServiceUnavailable';
import { ValidationSummary } from './fallbacks/ValidationSummary';

/** A validation error that reached a boundary has no form fields on the page to link to. */
function RejectedRequest(props: FallbackProps) {
  return <ValidationSummary {...props} linkFields={false} />;
}

/**
 * Every fallback the kit has, by category: `createErrorKit({ fallbacks: standardFallbacks })`
 * for an app that wants them all. An app that names only the ones it shows pays for those.
 */
export const standardFallbacks: Readonly<Record<string, FallbackComponent>> = {
  unauthenticated: LoginPrompt,
  forbidden: AccessDenied,
  payment: PaymentRequired,
  validation: RejectedRequest,
  'not-found': NotFound,
  conflict: ConflictNotice,
  'rate-limited': RateLimited,
  quota: QuotaExceeded,
  upstream: ServiceUnavailable,
  unavailable: ServiceUnavailable,
  timeout: ServiceUnavailable,
  server: ServerError,
  network: NetworkOffline,
  unknown: GenericFallback,
};

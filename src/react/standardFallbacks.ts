// Not a client module itself: on a server (a kit module shared with server components) this is a
// plain map whose values are the fallbacks' client references.
import type { FallbackComponent } from './FallbackProps';
import { AccessDenied } from './fallbacks/AccessDenied';
import { ConflictNotice } from './fallbacks/ConflictNotice';
import { GenericFallback } from './fallbacks/GenericFallback';
import { LoginPrompt } from './fallbacks/LoginPrompt';
import { NetworkOffline } from './fallbacks/NetworkOffline';
import { NotFound } from './fallbacks/NotFound';
import { PaymentRequired } from './fallbacks/PaymentRequired';
import { QuotaExceeded } from './fallbacks/QuotaExceeded';
import { RateLimited } from './fallbacks/RateLimited';
import { RejectedRequest } from './fallbacks/RejectedRequest';
import { ServerError } from './fallbacks/ServerError';
import { ServiceUnavailable } from './fallbacks/ServiceUnavailable';

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

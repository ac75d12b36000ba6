import { defaultKit } from '../kit/defaultKit';
import { isErrorKit, type ErrorKit } from '../kit/createErrorKit';
import { retryRules, type RetryPolicy, type RetryPolicyOptions } from './retryRules';

/**
 * A kit's retry rules in react-query's shape, with numbers of your own, usable as
 * `new QueryClient({ defaultOptions: { queries: createRetryPolicy({ kit }) } })`. Without a kit,
 * the default kit's. (A kit's own policy, with the kit's numbers, is `kit.retry`.)
 */
export function createRetryPolicy(options: RetryPolicyOptions & { kit?: ErrorKit } = {}): RetryPolicy {
  const { kit = defaultKit(), ...numbers } = options;
  if (!isErrorKit(kit)) throw new TypeError('api-error-kit: createRetryPolicy: kit must be what createErrorKit returns.');
  return retryRules(kit, numbers);
}

export type { RetryPolicy, RetryPolicyOptions } from './retryRules';

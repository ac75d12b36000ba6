// `api-error-kit/react-query`: the kit's QueryClient. Only this entry imports @tanstack/react-query.
export { createApiQueryClient } from './createApiQueryClient';
export type { ApiQueryClientOptions, ErrorSource, IdempotentMeta } from './createApiQueryClient';
export type { Notice } from '../react/notices';

// `api-error-kit/swr`: the kit's SWR configuration. Only this entry imports swr; nothing here needs react-query.
export { createSwrConfig } from './createSwrConfig';
export type { ApiSwrConfigOptions, SwrErrorSource } from './createSwrConfig';
export type { Notice } from '../react/notices';

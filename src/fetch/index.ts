// `api-error-kit/fetch`: a fetch client that rejects with ApiErrors, on the server or in a browser.
export { apiFetch, createApiClient } from './apiFetch';
export type { ApiFetchInit, JsonBody } from './apiFetch';

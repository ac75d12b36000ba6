export { ApiError } from './ApiError';
export type { ApiErrorInit } from './ApiError';
export { isApiError } from './isApiError';
export { ERROR_CATEGORIES } from './ErrorCategory';
export type { ErrorCategory } from './ErrorCategory';
export { FORM_FIELD } from './FieldError';
export type { FieldError } from './FieldError';

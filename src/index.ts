'use client';
export * from './core/index';

export { ApiErrorBoundary } from './react/ApiErrorBoundary';
export type { ApiErrorBoundaryProps } from './react/ApiErrorBoundary';
export { ApiErrorFallback } from './react/ApiErrorFallback';
export type { ApiErrorFallbackProps } from './react/ApiErrorFallback';
export { ApiErrorProvider, useApiErrorSettings } from './react/ApiErrorSettings';
export type { ApiErrorProviderProps, ApiErrorSettings, FallbackOverrides, LinkProps, LoginSettings } from './react/ApiErrorSettings';
export { useApiError } from './react/ApiErrorContext';
export { useShowApiError } from './react/useShowApiError';
export { selectFallback } from './react/selectFallback';
export { DEFAULT_FALLBACKS } from './react/defaultFallbacks';
export type { FallbackComponent, FallbackProps } from './react/FallbackProps';

export { AccessDenied } from './react/fallbacks/AccessDenied';
export type { AccessDeniedProps } from './react/fallbacks/AccessDenied';
export { ConflictNotice } from './react/fallbacks/ConflictNotice';
export { GenericFallback } from './react/fallbacks/GenericFallback';
export { LoginPrompt } from './react/fallbacks/LoginPrompt';
export { NetworkOffline } from './react/fallbacks/NetworkOffline';
export { NotFound } from './react/fallbacks/NotFound';
export type { NotFoundProps } from './react/fallbacks/NotFound';
export { PaymentRequired } from './react/fallbacks/PaymentRequired';
export type { PaymentRequiredProps } from './react/fallbacks/PaymentRequired';
export { PlexUnreachable } from './react/fallbacks/PlexUnreachable';
export { QuotaExceeded } from './react/fallbacks/QuotaExceeded';
export type { QuotaExceededProps } from './react/fallbacks/QuotaExceeded';
export { RateLimited } from './react/fallbacks/RateLimited';
export { ServerError } from './react/fallbacks/ServerError';
export { ServiceUnavailable } from './react/fallbacks/ServiceUnavailable';
export { ValidationSummary } from './react/fallbacks/ValidationSummary';
export type { ValidationSummaryProps } from './react/fallbacks/ValidationSummary';

export { FieldErrorMessage } from './react/forms/FieldErrorMessage';
export type { FieldErrorMessageProps } from './react/forms/FieldErrorMessage';
export { useFieldErrors } from './react/forms/useFieldErrors';
export type { FieldAccessibilityProps, FieldErrors } from './react/forms/useFieldErrors';
export { setServerErrors } from './react/forms/setServerErrors';
export type { FormWithSetError } from './react/forms/setServerErrors';
export { defaultFieldId, errorIdFor } from './react/forms/fieldIds';
export { MutationError } from './react/forms/MutationError';
export type { MutationErrorProps, MutationLike } from './react/forms/MutationError';
export { useFormDraft } from './react/forms/useFormDraft';
export type { FormDraft } from './react/forms/useFormDraft';
export { clearDraft, readDraft, saveDraft } from './react/forms/draftStorage';

export { createApiQueryClient, BOUNDARY_CATEGORIES } from './react-query/createApiQueryClient';
export type { ApiQueryClientOptions, ErrorSource, IdempotentMeta } from './react-query/createApiQueryClient';

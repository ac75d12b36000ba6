// `api-error-kit`: the React layer. Each module is its own file (and `'use client'` where it needs
// the browser), so an app pays for the parts it imports and a server component can import the
// framework-free entries (`api-error-kit/core`, `/fetch`) without a client reference.
export { ApiErrorBoundary } from './react/ApiErrorBoundary';
export type { ApiErrorBoundaryProps } from './react/ApiErrorBoundary';
export { ApiErrorFallback } from './react/ApiErrorFallback';
export type { ApiErrorFallbackProps } from './react/ApiErrorFallback';
export { ApiErrorProvider, useApiErrorSettings } from './react/ApiErrorSettings';
export type { ApiErrorProviderProps, ApiErrorSettings, FallbackOverrides, LinkProps, LoginSettings } from './react/ApiErrorSettings';
export { useApiError } from './react/ApiErrorContext';
export { useShowApiError } from './react/useShowApiError';
export { ApiErrorNotices } from './react/ApiErrorNotices';
export { dismissNotice } from './react/notices';
export type { Notice } from './react/notices';
export { attachRetryAdapter } from './react/retryReset';
export type { ProbeOutcome, RetryAdapter, RetryAdapterHook } from './react/retryReset';
export type { ResetDetails } from './react/ApiErrorBoundary';
export { signalSignIn, onSignIn } from './core/session/signInSignal';
export { reportTags, shouldReport } from './core/reporting/shouldReport';
export type { SignInCause } from './core/session/signInSignal';
export { caughtErrorLogger, onCaughtError } from './react/onCaughtError';
export type { CaughtErrorHandler } from './react/onCaughtError';
export { standardFallbacks } from './react/standardFallbacks';

// The fallbacks, one per kind of failure.
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
export { QuotaExceeded } from './react/fallbacks/QuotaExceeded';
export type { QuotaExceededProps } from './react/fallbacks/QuotaExceeded';
export { RateLimited } from './react/fallbacks/RateLimited';
export { ServerError } from './react/fallbacks/ServerError';
export { ServiceUnavailable } from './react/fallbacks/ServiceUnavailable';
export { ValidationSummary } from './react/fallbacks/ValidationSummary';
export type { ValidationSummaryProps } from './react/fallbacks/ValidationSummary';

// The parts to build a fallback of one's own.
export { FallbackShell } from './react/fallbacks/FallbackShell';
export type { FallbackShellProps } from './react/fallbacks/FallbackShell';
export { RetryButton } from './react/fallbacks/RetryButton';
export { useAutoRetry } from './react/hooks/useAutoRetry';
export type { AutoRetry } from './react/hooks/useAutoRetry';
export { useMessages } from './react/hooks/useMessages';
export type { Messages, RichValue } from './react/hooks/useMessages';
export { readFacts, count, httpUrl, instant, keyed, oneOf, sentence, timeWindow, token, tokens, userValue, MAX_COUNT } from './core/screen/facts';
export type { Facts, KeyedReader, Reader } from './core/screen/facts';
export type { FactList } from './core/screen/standardFacts';
export type { FallbackComponent, FallbackProps, HeadingLevel } from './react/FallbackProps';

// Forms.
export { FieldErrorMessage } from './react/forms/FieldErrorMessage';
export type { FieldErrorMessageProps } from './react/forms/FieldErrorMessage';
export { useFieldErrors } from './react/forms/useFieldErrors';
export type { FieldAccessibilityProps, FieldErrors } from './react/forms/useFieldErrors';
export { setServerErrors } from './react/forms/setServerErrors';
export type { FormWithSetError, SetServerErrorsOptions } from './react/forms/setServerErrors';
export { defaultFieldId, errorIdFor } from './react/forms/fieldIds';
export { MutationError } from './react/forms/MutationError';
export type { MutationErrorProps, MutationLike } from './react/forms/MutationError';
export { useFormDraft } from './react/forms/useFormDraft';
export type { FormDraft, FormDraftOptions } from './react/forms/useFormDraft';
export { clearDraft, readDraft, saveDraft } from './react/forms/draftStorage';
export type { FieldDescriptions } from './react/forms/draftStorage';
export { describeFormFields } from './react/forms/describeFormFields';
export { isSecretField } from './react/forms/isSecretField';
export type { FieldDescription } from './react/forms/isSecretField';

'use client';
import { createElement } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { ApiError } from '../core/ApiError';
import { ApiErrorContext } from './ApiErrorContext';
import { useApiErrorSettings, type FallbackOverrides } from './ApiErrorSettings';
import type { HeadingLevel } from './FallbackProps';
import { useRegistryEntry } from './hooks/useRegistryEntry';
import { LastResort } from './LastResort';
import { selectFallback } from './selectFallback';
import { QuietNotice } from './shared/QuietNotice';
import { sharedKindOf } from './shared/sharedFailures';
import { useSharedFailure } from './shared/useSharedFailure';

/** What a boundary or a router's error slot hands the fallback it shows. */
export interface SelectedFallbackProps {
  error: ApiError;
  overrides: FallbackOverrides;
  onRetry: (() => void) | undefined;
  onAutoRetry: (() => void) | undefined;
  attempt: number;
  autoFocus: boolean;
  headingLevel: HeadingLevel;
}

/**
 * The registry's fallback for an error, inside its own last-resort boundary, with the page's
 * shared failures (a session expiry, a network outage) spoken once: other panels wait quietly.
 */
export function SelectedFallback({ error, overrides, onRetry, onAutoRetry, attempt, autoFocus, headingLevel }: SelectedFallbackProps) {
  const { kit } = useApiErrorSettings();
  const shared = useSharedFailure(error, onRetry, onAutoRetry);
  const kind = sharedKindOf(error, useRegistryEntry(error).fallback);
  if (shared.quiet && kind) return <QuietNotice error={error} kind={kind} />;
  return (
    <ApiErrorContext.Provider value={error}>
      <ErrorBoundary fallback={<LastResort error={error} onRetry={onRetry} />}>
        {createElement(selectFallback(error, kit, overrides), {
          error,
          onRetry: shared.onRetry,
          onAutoRetry: shared.onAutoRetry,
          attempt,
          autoFocus,
          headingLevel,
        })}
      </ErrorBoundary>
    </ApiErrorContext.Provider>
  );
}

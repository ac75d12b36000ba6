'use client';
import { createElement, useEffect, useMemo, useRef } from 'react';
import { onSignIn } from '../../core/session/signInSignal';
import { announcePolitely } from '../announce';
import { useMessages } from '../hooks/useMessages';
import { ErrorBoundary } from 'react-error-boundary';
import { ApiErrorContext } from '../ApiErrorContext';
import { useApiErrorSettings, type FallbackOverrides } from '../ApiErrorSettings';
import type { HeadingLevel } from '../FallbackProps';
import { ValidationSummary } from '../fallbacks/ValidationSummary';
import { LastResort } from '../LastResort';
import { useNormalize } from '../hooks/useNormalize';
import { selectFallback } from '../selectFallback';

/** The part of a react-query mutation (`useMutation()`'s result) MutationError reads. */
export interface MutationLike<Variables> {
  error: unknown;
  variables: Variables | undefined;
  mutate: (variables: Variables) => void;
  /** Clears the failure (react-query's `reset`): after a sign-in the prompt goes and the form waits for the user. */
  reset?: () => void;
  isPending?: boolean;
  /** When it was last submitted: each failed submit moves focus to its error again. */
  submittedAt?: number;
}

/** Props of MutationError. */
export interface MutationErrorProps<Variables> {
  mutation: MutationLike<Variables>;
  /** Fallbacks by code, registry fallback name or category, over the provider's. */
  fallbacks?: FallbackOverrides | undefined;
  /** The id of a field's input, for the summary's links (defaults to the path with dots as dashes). */
  fieldId?: ((field: string) => string) | undefined;
  /** A field's label, for summary entries whose message does not say which field it is about. */
  labelFor?: ((field: string) => string | undefined) | undefined;
  headingLevel?: HeadingLevel | undefined;
  /**
   * Send the same submit again by itself once the user has signed in (default false: the prompt
   * goes, the form keeps what was typed, and the user submits it again). Set it for a submit that
   * is safe to send twice.
   */
  resendAfterSignIn?: boolean | undefined;
}

/**
 * A failed submit, shown inside its form so nothing the user typed is unmounted: field errors
 * as GOV.UK's error summary linking to the fields; anything else (the service down, the
 * network gone, the session expired) as the registry's fallback, which never resends by itself
 * and whose "Try again" sends the same mutation once more. Renders nothing while there is no error.
 */
export function MutationError<Variables>({ mutation, fallbacks, fieldId, labelFor, headingLevel, resendAfterSignIn = false }: MutationErrorProps<Variables>) {
  const settings = useApiErrorSettings();
  const normalize = useNormalize();
  const { t } = useMessages();
  const { error: thrown, variables, mutate, isPending, submittedAt } = mutation;
  const overrides = useMemo(() => ({ ...settings.fallbacks, ...fallbacks }), [settings.fallbacks, fallbacks]);
  const error = thrown === null || thrown === undefined ? undefined : normalize(thrown);
  const afterSignIn = useRef(() => {});
  useEffect(() => {
    afterSignIn.current = () => {
      if (resendAfterSignIn) {
        if (!isPending && variables !== undefined) mutate(variables);
        return;
      }
      mutation.reset?.();
      announcePolitely(t('form.signedInSubmitAgain'));
    };
  });
  const waitingOnSession = error?.category === 'unauthenticated';
  // Signed in again (the prompt, another page, another tab): the submit is the form's to send, never sent by itself unless asked.
  useEffect(
    () =>
      waitingOnSession
        ? onSignIn((cause) => {
            // A request that succeeded may be this form's own submit sent again: that is its own answer.
            if (cause !== 'request') afterSignIn.current();
          })
        : undefined,
    [waitingOnSession],
  );
  if (error === undefined) return null;
  if (error.category === 'cancelled') return null;
  const resend = () => {
    // One click, one request: a submit already on its way is not sent twice.
    if (!isPending && variables !== undefined) mutate(variables);
  };
  // Field errors, and failures the registry shows as a form's own (a wrong password on a sign-in form).
  if (error.category === 'validation' || error.fieldErrors.length > 0 || (error.entry ?? settings.kit.registry.resolve(error.code, error.status)).fallback === 'validation') {
    return <ValidationSummary key={submittedAt} error={error} fieldId={fieldId} labelFor={labelFor} headingLevel={headingLevel} />;
  }
  const Fallback = selectFallback(error, settings.kit, overrides);
  return (
    <ApiErrorContext.Provider value={error}>
      <ErrorBoundary key={submittedAt} fallback={<LastResort error={error} onRetry={resend} />}>
        {createElement(Fallback, { key: submittedAt, error, onRetry: resend, autoRetry: false, autoFocus: true, headingLevel })}
      </ErrorBoundary>
    </ApiErrorContext.Provider>
  );
}

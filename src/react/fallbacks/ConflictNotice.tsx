'use client';
import { forwardRef, type ReactNode } from 'react';
import { readFacts } from '../../core/screen/facts';
import { CONFLICT_FACTS } from '../../core/screen/standardFacts';
import type { FallbackProps } from '../FallbackProps';
import { useMessages } from '../hooks/useMessages';
import { conflictWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/** "active or pending", as the locale joins alternatives, each of the server's words isolated (`<bdi>`). */
function listOf(items: readonly string[], locale: string): ReactNode {
  let parts: ReturnType<Intl.ListFormat['formatToParts']>;
  try {
    parts = new Intl.ListFormat(locale, { type: 'disjunction' }).formatToParts(items);
  } catch {
    parts = new Intl.ListFormat('en', { type: 'disjunction' }).formatToParts(items);
  }
  return parts.map((part, index) => (part.type === 'element' ? <bdi key={index}>{part.value}</bdi> : part.value));
}


/**
 * Shown for conflicts: what already exists (seed 000 conflict_field / conflict_value) or which
 * state blocks the change (seed 004 current_state / expected_states), and a way to reload.
 */
export const ConflictNotice = forwardRef<HTMLElement, FallbackProps>(function ConflictNotice(props, ref) {
  const { rich, locale } = useMessages(conflictWords);
  const { field, value, state, expectedStates: expected = [] } = readFacts(props.error, CONFLICT_FACTS);
  return (
    <FallbackShell ref={ref} {...props} variant="conflict" actions={<RetryButton onRetry={props.onRetry} label="action.reloadAndTryAgain" />}>
      {field && value && (
        <p className="aek-fallback__facts">
          {rich('conflict.inUse', { field: <bdi>{field.replace(/_/g, ' ')}</bdi>, value: <strong><bdi>{value}</bdi></strong> })}
        </p>
      )}
      {state && (
        <p className="aek-fallback__facts">
          {expected.length > 0
            ? rich('conflict.stateNeeds', { state: <strong><bdi>{state}</bdi></strong>, expected: listOf(expected, locale) })
            : rich('conflict.state', { state: <strong><bdi>{state}</bdi></strong> })}
        </p>
      )}
    </FallbackShell>
  );
});

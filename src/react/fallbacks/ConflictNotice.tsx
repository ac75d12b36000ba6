import { forwardRef } from 'react';
import { detailFacts } from '../../core/screen/detailFacts';
import type { FallbackProps } from '../FallbackProps';
import { FallbackShell } from './FallbackShell';
import { RetryButton } from './RetryButton';

/**
 * Shown for conflicts: what already exists (seed 000 conflict_field / conflict_value) or which
 * state blocks the change (seed 004 current_state / expected_states), and a way to reload.
 */
export const ConflictNotice = forwardRef<HTMLElement, FallbackProps>(function ConflictNotice(props, ref) {
  const { field, value, state, expectedStates: expected = [] } = detailFacts(props.error, 'conflict');
  return (
    <FallbackShell ref={ref} {...props} variant="conflict" actions={<RetryButton onRetry={props.onRetry} label="Reload and try again" />}>
      {field && value && (
        <p className="aek-fallback__facts">
          The {field.replace(/_/g, ' ')} <strong>{value}</strong> is already in use.
        </p>
      )}
      {state && (
        <p className="aek-fallback__facts">
          It is <strong>{state}</strong>
          {expected.length > 0 ? `; this needs it to be ${expected.join(' or ')}` : ''}.
        </p>
      )}
    </FallbackShell>
  );
});

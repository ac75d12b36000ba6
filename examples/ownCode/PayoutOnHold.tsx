// File 2 of 3: the fallback, built from the kit's parts.
import { forwardRef } from 'react';
import { FallbackShell, readFacts, token, type FallbackProps } from 'api-error-kit';

const FACTS = { reason: token('hold_reason') };

/** Shown for PAYOUT_ON_HOLD: why the payout waits, and where to fix it. */
export const PayoutOnHold = forwardRef<HTMLElement, FallbackProps>(function PayoutOnHold(props, ref) {
  const { reason } = readFacts(props.error, FACTS);
  return (
    <FallbackShell ref={ref} {...props} variant="payout" actions={<a href="/settings/bank">Check your bank details</a>}>
      {reason && <p>Reason: {reason.replace(/_/g, ' ')}</p>}
    </FallbackShell>
  );
});

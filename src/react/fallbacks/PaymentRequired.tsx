'use client';
import { forwardRef, type ReactNode } from 'react';
import { readFacts } from '../../core/screen/facts';
import { PAYMENT_FACTS } from '../../core/screen/standardFacts';
import type { FallbackProps } from '../FallbackProps';
import { useMessages } from '../hooks/useMessages';
import { paymentWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';


/** Props of PaymentRequired: a slot for the upgrade or renew action. */
export interface PaymentRequiredProps extends FallbackProps {
  action?: ReactNode;
}

const words = (value: string) => value.replace(/[_-]+/g, ' ');

/** Shown for payment codes (PAYMENT_REQUIRED, a preset's plan codes): what the plan lacks, and the way to upgrade. */
export const PaymentRequired = forwardRef<HTMLElement, PaymentRequiredProps>(function PaymentRequired({ action, ...props }, ref) {
  const { rich } = useMessages(paymentWords);
  const { feature, plan } = readFacts(props.error, PAYMENT_FACTS);
  return (
    <FallbackShell ref={ref} {...props} variant="payment" actions={action}>
      {feature && (
        <p className="aek-fallback__facts">
          {plan
            ? rich('payment.featureNotInPlan', { feature: <strong><bdi>{words(feature)}</bdi></strong>, plan: <bdi>{words(plan)}</bdi> })
            : rich('payment.featureNotInYourPlan', { feature: <strong><bdi>{words(feature)}</bdi></strong> })}
        </p>
      )}
    </FallbackShell>
  );
});

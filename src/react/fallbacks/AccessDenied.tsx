'use client';
import { forwardRef, type ReactNode } from 'react';
import { readFacts } from '../../core/screen/facts';
import { ACCESS_FACTS } from '../../core/screen/standardFacts';
import type { FallbackProps } from '../FallbackProps';
import { spaceBetween } from '../../core/messages/fitTypography';
import { useMessages } from '../hooks/useMessages';
import { accessWords } from '../../locales/en/interfaceWords';
import { FallbackShell } from './FallbackShell';

/** Props of AccessDenied: a slot for an action the app offers (resend the verification email, request access). */
export interface AccessDeniedProps extends FallbackProps {
  action?: ReactNode;
}


/**
 * Shown for forbidden codes: which role or permission is missing and which the user has
 * (seed 000 required_role / current_role, seed 004 permission), an inactive account, or an
 * unverified email, with a slot for the action that fixes it.
 */
export const AccessDenied = forwardRef<HTMLElement, AccessDeniedProps>(function AccessDenied({ action, ...props }, ref) {
  const { rich, locale } = useMessages(accessWords);
  const { requiredRole: required, currentRole: current, permission } = readFacts(props.error, ACCESS_FACTS);
  return (
    <FallbackShell ref={ref} {...props} variant="access-denied" actions={action}>
      {(required || permission) && (
        <ul className="aek-fallback__facts">
          {required && (
            <li>
              {rich('access.needRole', { role: <strong><bdi>{required}</bdi></strong> })}
              {current && <>{spaceBetween(locale)}{rich('access.haveRole', { role: <bdi>{current}</bdi> })}</>}
            </li>
          )}
          {permission && (
            <li>
              {rich('access.needPermission', { permission: <strong><bdi>{permission}</bdi></strong> })}
            </li>
          )}
        </ul>
      )}
    </FallbackShell>
  );
});

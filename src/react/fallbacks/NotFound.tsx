'use client';
import { forwardRef, type ReactNode } from 'react';
import type { FallbackProps } from '../FallbackProps';
import { FallbackShell } from './FallbackShell';

/** Props of NotFound: a slot for where to go instead (a list page, the home page). */
export interface NotFoundProps extends FallbackProps {
  action?: ReactNode;
}

/** Shown for not-found codes: the server's sentence naming what is missing, and where to go instead. */
export const NotFound = forwardRef<HTMLElement, NotFoundProps>(function NotFound({ action, ...props }, ref) {
  return <FallbackShell ref={ref} {...props} variant="not-found" actions={action} />;
});

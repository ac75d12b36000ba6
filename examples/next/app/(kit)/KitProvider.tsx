'use client';
import type { ReactNode } from 'react';
import { ApiErrorProvider } from 'api-error-kit';
import { kit } from '../../lib/kit';

/** The kit for every client component below: its codes, words and fallbacks. */
export function KitProvider({ children }: { children: ReactNode }) {
  return <ApiErrorProvider kit={kit}>{children}</ApiErrorProvider>;
}

import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { ApiError } from '../core/ApiError';

/** What every fallback receives: the error it explains, and from a boundary a way to retry. */
export interface FallbackProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  error: ApiError;
  /** Clears the boundary and renders its children again, refetching failed queries. Absent: no retry offered. */
  onRetry?: (() => void) | undefined;
  /** How many times in a row the boundary has failed before this; scheduled retries back off by it. */
  attempt?: number | undefined;
  /** Move focus to the heading when the fallback appears (a boundary replacing the page does). */
  autoFocus?: boolean | undefined;
}

/** A component that can stand in for a failed part of the page. */
export type FallbackComponent = ComponentType<FallbackProps>;

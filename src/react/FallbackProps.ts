import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { ApiError } from '../core/ApiError';

/** What every fallback receives: the error it explains, and from a boundary a way to retry. */
export interface FallbackProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  error: ApiError;
  /** Clears the boundary and renders its children again, refetching failed queries. Absent: no retry offered. */
  onRetry?: (() => void) | undefined;
  /** How many times in a row the boundary has failed before this; scheduled retries back off by it. */
  attempt?: number | undefined;
  /** Move focus to the heading when the fallback appears (a boundary replacing the page does, once per episode). */
  autoFocus?: boolean | undefined;
  /** The heading's level: 1 where the fallback replaces a page, deeper inside a panel (default 2). */
  headingLevel?: HeadingLevel | undefined;
}

/** A heading level, h1 to h6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A component that can stand in for a failed part of the page. */
export type FallbackComponent = ComponentType<FallbackProps>;

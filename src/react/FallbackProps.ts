import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { ApiError } from '../core/ApiError';

/** What every fallback receives: the error it explains, and from a boundary a way to retry. */
export interface FallbackProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  error: ApiError;
  /** A person asked to retry ("Try again", "Try now"): clears the boundary and refetches. Absent: no retry offered. */
  onRetry?: (() => void) | undefined;
  /** What the fallback's own schedule calls when it retries by itself; `onRetry` when absent. */
  onAutoRetry?: (() => void) | undefined;
  /** False: the fallback never retries by itself (a form's failed submit is resent only when the user asks). Default true. */
  autoRetry?: boolean | undefined;
  /** How many automatic retries this failure episode has made; scheduled retries back off by it and stop at the cap. */
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

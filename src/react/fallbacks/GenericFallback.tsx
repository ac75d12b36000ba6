import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ApiError } from '../../core/ApiError';

/** Props every fallback shares: the error it explains, and a way to try again. */
export interface GenericFallbackProps extends ComponentPropsWithoutRef<'section'> {
  error: ApiError;
  /** Clears the boundary and re-renders its children (refetching failed queries). */
  onRetry?: (() => void) | undefined;
}

/** The fallback for errors no more specific fallback explains: what happened and a way to retry. */
export const GenericFallback = forwardRef<HTMLElement, GenericFallbackProps>(function GenericFallback(
  { error, onRetry, className, ...rest },
  ref,
) {
  return (
    <section
      ref={ref}
      {...rest}
      className={['aek-fallback', 'aek-fallback--generic', className].filter(Boolean).join(' ')}
      data-error-code={error.code}
      data-error-category={error.category}
    >
      <div role="alert" className="aek-fallback__alert">
        <h2 className="aek-fallback__title">Sorry, there is a problem</h2>
        <p className="aek-fallback__message">{error.message}</p>
      </div>
      {error.correlationId !== undefined && (
        <p className="aek-fallback__reference">
          Reference: <code>{error.correlationId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="aek-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
});

'use client';
import { forwardRef, useEffect, useId, useRef, type ReactNode } from 'react';
import type { Words } from '../../core/messages/formatMessage';
import type { FallbackProps } from '../FallbackProps';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useMessages } from '../hooks/useMessages';
import { useRegistryEntry } from '../hooks/useRegistryEntry';
import { useRetrying } from '../RetryingContext';
import { DeveloperDetails } from './DeveloperDetails';

/** Props of FallbackShell: a fallback's props, and the parts it fills in. */
export interface FallbackShellProps extends Omit<FallbackProps, 'title'> {
  /** The modifier of the `aek-fallback--*` class. */
  variant: string;
  /** Overrides the registry's title. */
  title?: ReactNode;
  /** Overrides the registry's advice (its message): a fallback that will not retry by itself does not say it will. */
  advice?: string | undefined;
  /** Facts of this error, inside the alert. */
  children?: ReactNode;
  /** A polite live region's text (a countdown); the region is always there, mounted empty, so what it says is announced. */
  status?: string | undefined;
  actions?: ReactNode;
  /** English words for the entry's keys, where a fallback brings its own (a preset's fallback, its preset's words). */
  words?: Words | undefined;
}

/**
 * A polite live region mounted empty, its words put in after: a region inserted with its text
 * already in it is seldom announced. React renders it empty; the effect writes what it says.
 */
function SpokenStatus({ text }: { text: string }) {
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (region.current && region.current.textContent !== text) region.current.textContent = text;
  }, [text]);
  return <p ref={region} role="status" className="aek-fallback__status" />;
}

/**
 * The structure every fallback shares (GOV.UK's error pages and summary), for building one's own:
 * the root carries the data-error-* attributes and the caller's props; an inner role="alert"
 * holds the heading, what happened and what to do; a separate status region counts down;
 * actions come last.
 */
export const FallbackShell = forwardRef<HTMLElement, FallbackShellProps>(function FallbackShell(
  { error, onRetry, onAutoRetry, autoRetry, attempt, autoFocus, headingLevel = 2, variant, title, advice, children, status, actions, words: englishWords, className, ...rest },
  ref,
) {
  const messages = useMessages(englishWords);
  const words = messages.entry(useRegistryEntry(error));
  const retrying = useRetrying();
  // The registry's words in the active locale; `advice` replaces them where a fallback will not do what they promise.
  const registryMessage = advice ?? words.message;
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>(autoFocus);
  return (
    <section
      ref={ref}
      // A named group, not a region landmark: two panels failing alike would make two landmarks of one name.
      role="group"
      aria-labelledby={headingId}
      aria-busy={retrying || undefined}
      {...rest}
      className={['aek-fallback', `aek-fallback--${variant}`, className].filter(Boolean).join(' ')}
      data-error-code={error.code}
      data-error-category={error.category}
    >
      {/* A repeat failure after an automatic retry is not announced again: the status region says what happens next. */}
      <div role={attempt ? undefined : 'alert'} className="aek-fallback__alert">
        <Heading id={headingId} ref={heading} tabIndex={-1} className="aek-fallback__title">
          {title ?? words.title}
        </Heading>
        {/* A server's own sentence first, when it was safe to show; then what the user can do. */}
        {/* Isolated, and in its own language when known: in a right-to-left page an English sentence keeps its full stop where it belongs. */}
        {error.serverMessage !== undefined && (
          <p className="aek-fallback__message" dir="auto" lang={error.serverLanguage}>
            {error.serverMessage}
          </p>
        )}
        {registryMessage !== error.serverMessage && <p className={error.serverMessage === undefined ? 'aek-fallback__message' : 'aek-fallback__advice'}>{registryMessage}</p>}
        {children}
      </div>
      <SpokenStatus text={(retrying ? messages.t('retry.trying') : status) ?? ''} />
      {actions && <div className="aek-fallback__actions">{actions}</div>}
      <DeveloperDetails error={error} />
    </section>
  );
});

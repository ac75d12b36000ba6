import { createElement, useMemo } from 'react';
import { ApiErrorContext } from '../../src/react/ApiErrorContext';
import { useApiErrorSettings } from '../../src/react/ApiErrorSettings';
import { selectFallback } from '../../src/react/selectFallback';

/** Props of ResponseExample: a response as it came over the wire, or what fetch threw. */
export interface ResponseExampleProps {
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  thrown?: (() => unknown) | undefined;
  /** Where the example comes from (a seed document, a spec). */
  source?: string | undefined;
  onRetry?: (() => void) | undefined;
}

function describeBody(body: unknown): string {
  return typeof body === 'string' ? body || '(empty body)' : JSON.stringify(body, null, 2);
}

/** The fallback the boundary would show for a response, beside the raw response itself: both read with the provider's kit. */
export function ResponseExample({ status, headers, body, thrown, source, onRetry }: ResponseExampleProps) {
  const { kit, fallbacks } = useApiErrorSettings();
  const error = useMemo(() => kit.normalize(thrown ? thrown() : body, { status, headers }), [thrown, body, status, headers, kit]);
  return (
    <div className="aek-story-response">
      <div>
        {error.category === 'cancelled' ? (
          <p className="aek-story-note">A cancelled request is never shown: the boundary renders its content again.</p>
        ) : (
          <ApiErrorContext.Provider value={error}>
            {/* Selected, not created, during render: the kit names an existing component. */}
            {createElement(selectFallback(error, kit, fallbacks), { error, onRetry })}
          </ApiErrorContext.Provider>
        )}
      </div>
      <figure className="aek-story-wire">
        <figcaption>{thrown ? 'What fetch threw' : 'The response'}</figcaption>
        {source && <p className="aek-story-source">From {source}</p>}
        {/* Scrollable, so keyboard users can reach it; a named group, not a landmark, as a docs page shows many. */}
        <pre tabIndex={0} role="group" aria-label="Raw response" dir="ltr">
          {thrown
            ? String(thrown())
            : [`HTTP ${status ?? '(no status)'}`, ...Object.entries(headers ?? {}).map(([name, value]) => `${name}: ${value}`), '', describeBody(body)].join('\n')}
        </pre>
        <p className="aek-story-source">
          Read as <code>{error.dialect}</code>: code <code>{error.code}</code>, category <code>{error.category}</code>, {error.retryable ? 'retryable' : 'not retried'}
          {error.retryAfterMs !== undefined ? `, wait ${error.retryAfterMs / 1000} s` : ''}.
        </p>
      </figure>
    </div>
  );
}

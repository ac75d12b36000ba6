import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ErrorCategory } from '../../src/core/ErrorCategory';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { seedKit } from '../helpers/kits';

// The fallback each category gets, by its root's class.
const FALLBACK_CLASS: Record<ErrorCategory, string> = {
  unauthenticated: 'aek-fallback--login',
  forbidden: 'aek-fallback--access-denied',
  payment: 'aek-fallback--payment',
  validation: 'aek-error-summary',
  'not-found': 'aek-fallback--not-found',
  conflict: 'aek-fallback--conflict',
  'rate-limited': 'aek-fallback--rate-limited',
  quota: 'aek-fallback--quota',
  upstream: 'aek-fallback--unavailable',
  unavailable: 'aek-fallback--unavailable',
  timeout: 'aek-fallback--unavailable',
  server: 'aek-fallback--server',
  network: 'aek-fallback--network',
  cancelled: '',
  unknown: 'aek-fallback--generic',
};

describe('ApiErrorBoundary on every seed example, under a kit with its API’s preset and every fallback', () => {
  it.each(SEED_EXAMPLES.map((example, index) => [`${index} ${example.seed} ${example.heading}`, example] as const))('%s', (_, example) => {
    const kit = seedKit(example.seed as '000');
    const error = kit.normalize(example.body, { status: example.status, headers: example.headers });
    function Failing(): never {
      throw error;
    }
    const { container } = render(
      <ApiErrorProvider kit={kit}>
        <ApiErrorBoundary>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-error-code', error.code);
    expect(root).toHaveAttribute('data-error-category', error.category);
    // The entry names the fallback: by category, or its preset's own (PLEX_*, the PIN prompt), or a form's (a wrong password).
    const fallback = error.entry?.fallback ?? error.category;
    const expected = fallback === 'plex' ? 'aek-fallback--plex' : fallback === 'plex-pin' ? 'aek-fallback--login' : FALLBACK_CLASS[fallback as ErrorCategory];
    expect(root).toHaveClass(expected);
    // Whatever the server sent, its debug fields and markup never reach the page.
    expect(container.innerHTML).not.toMatch(/SELECT \*|db_error|originalMessage|Error: Connection timeout\.\.\./);
  });
});

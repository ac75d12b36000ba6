import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { GenericFallback } from '../../../src/react/fallbacks/GenericFallback';
import { ApiErrorProvider } from '../../../src/react/ApiErrorSettings';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

const scriptError = () => normalizeError(Object.assign(new TypeError("Cannot read properties of undefined (reading 'map')"), { stack: 'TypeError: x\n    at List (/app/src/List.tsx:10:5)' }));

describe('GenericFallback', () => {
  itKeepsTheFallbackContract(GenericFallback, scriptError);

  it('never shows a stack trace or the text of a script error', () => {
    const { container } = render(<GenericFallback error={scriptError()} />);
    expect(screen.getByRole('heading', { name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/reading 'map'|List\.tsx|at List/);
  });

  it('shows the raw response to a developer in development mode only', () => {
    const error = normalizeError({ success: false, error: { code: 'TEAPOT', message: 'No coffee here.', details: { stack: 'Error: teapot\n    at brew (/srv/app.js:1:1)' } } }, { status: 418 });
    const { container, rerender } = render(<GenericFallback error={error} />);
    expect(container).not.toHaveTextContent('brew');
    rerender(
      <ApiErrorProvider mode="development">
        <GenericFallback error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('Developer details')).toBeInTheDocument();
    expect(container).toHaveTextContent('brew');
  });
});

import { render } from '@testing-library/react';
import { createRef, StrictMode, type ComponentType, type Ref } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import type { ApiError } from '../../src/core/ApiError';
import type { FallbackProps } from '../../src/react/FallbackProps';
import { expectNoAxeViolations } from './axe';

type RefFallback = ComponentType<FallbackProps & { ref?: Ref<HTMLElement> }>;

/**
 * The contract every fallback keeps (DESIGN.md, STYLE.md habit 9), as `it` blocks: data-error-*
 * on the root, an inner role="alert", the caller's props and ref on the root, no axe
 * violations, and server rendering without a browser.
 */
export function itKeepsTheFallbackContract(Fallback: RefFallback, error: () => ApiError) {
  it('marks its root with the error code and category, and keeps the alert inside', () => {
    const ref = createRef<HTMLElement>();
    const { container } = render(<Fallback error={error()} ref={ref} className="app-panel" data-testid="root" />);
    const root = container.firstElementChild;
    expect(root).toBe(ref.current);
    expect(root).toHaveAttribute('data-error-code', error().code);
    expect(root).toHaveAttribute('data-error-category', error().category);
    expect(root).toHaveClass('app-panel');
    expect(root).toHaveAttribute('data-testid', 'root');
    expect(root).not.toHaveAttribute('role', 'alert');
    expect(root?.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('adds no landmark: two panels failing alike would make two landmarks of one name', () => {
    const { container } = render(<Fallback error={error()} onRetry={() => undefined} />);
    // A <section> with a name is a region landmark unless it says otherwise (role="group").
    expect(container.querySelectorAll('section[aria-labelledby]:not([role]), section[aria-label]:not([role]), [role="region"], main, nav, aside')).toHaveLength(0);
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<Fallback error={error()} onRetry={() => undefined} />);
    await expectNoAxeViolations(container);
  });

  it('renders in StrictMode', () => {
    const { container } = render(
      <StrictMode>
        <Fallback error={error()} onRetry={() => undefined} />
      </StrictMode>,
    );
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('renders on the server', () => {
    const html = renderToString(<Fallback error={error()} onRetry={() => undefined} />);
    expect(html).toContain(`data-error-code="${error().code}"`);
  });
}

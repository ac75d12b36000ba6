import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { ServerError } from '../../../src/react/fallbacks/ServerError';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('ServerError', () => {
  itKeepsTheFallbackContract(ServerError, () => seedError('000', '`INTERNAL_ERROR`'));

  it('shows the reference for support and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ServerError error={seedError('000', '`INTERNAL_ERROR`')} />);
    expect(screen.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeInTheDocument();
    expect(screen.getByText('err_abc123xyz')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(writeText).toHaveBeenCalledWith('err_abc123xyz');
    expect(await screen.findByRole('status')).toHaveTextContent('Reference copied.');
  });

  it("never shows the server's own 5xx sentence or its SQL", () => {
    const error = normalizeError({ error: 'DATABASE_ERROR', message: 'SELECT * FROM users failed: relation missing', statusCode: 500 });
    const { container } = render(<ServerError error={error} onRetry={() => undefined} />);
    expect(container).not.toHaveTextContent('SELECT');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

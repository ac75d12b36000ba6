import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictNotice } from '../../../src/react/fallbacks/ConflictNotice';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('ConflictNotice', () => {
  itKeepsTheFallbackContract(ConflictNotice, () => seedError('000', '`DUPLICATE_RESOURCE`'));

  it('names the value already in use', () => {
    render(<ConflictNotice error={seedError('000', '`DUPLICATE_RESOURCE`')} />);
    expect(screen.getByRole('heading', { name: 'This already exists' })).toBeInTheDocument();
    expect(screen.getByText(/is already in use/)).toHaveTextContent('The tmdb id 27205 is already in use.');
  });

  it('names the state that blocks the change, and reloads on request', async () => {
    const onRetry = vi.fn();
    render(<ConflictNotice error={seedError('004', 'INVALID_STATE (422)')} onRetry={onRetry} />);
    expect(screen.getByText(/It is/, { selector: '.aek-fallback__facts' })).toHaveTextContent('It is completed; this needs it to be pending or processing.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload and try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fullKit } from '../../helpers/kits';
import { renderInKit } from '../../helpers/renderInKit';

const normalizeError = fullKit.normalize;
import { QuotaExceeded } from '../../../src/react/fallbacks/QuotaExceeded';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';
import { sentence } from '../../helpers/sentence';

describe('QuotaExceeded', () => {
  itKeepsTheFallbackContract(QuotaExceeded, () => seedError('004', 'QUOTA_EXCEEDED (429 Too Many Requests)'));

  it('shows used against limit for the period, in words and a meter', () => {
    const { container } = renderInKit(<QuotaExceeded error={seedError('004', 'QUOTA_EXCEEDED (429 Too Many Requests)')} action={<a href="/upgrade">Upgrade</a>} />);
    expect(screen.getByText(sentence('150 of 100 used for ai generation this month.'))).toBeInTheDocument();
    // The meter pictures the sentence; it is not read a second time.
    expect(screen.queryByRole('meter')).toBeNull();
    const meter = container.querySelector('meter');
    expect(meter).toHaveAttribute('aria-hidden', 'true');
    expect(meter).toHaveAttribute('max', '100');
    expect(meter).toHaveAttribute('value', '100');
    expect(screen.getByRole('link', { name: 'Upgrade' })).toBeInTheDocument();
  });

  it("reads seed 001's storage sentence", () => {
    const error = normalizeError({ detail: 'Storage quota exceeded. Used 512 MB of 500 MB.' }, { status: 413 });
    renderInKit(<QuotaExceeded error={error} />);
    expect(screen.getByText(sentence('512 MB of 500 MB used for storage.'))).toBeInTheDocument();
  });

  it('states a limit it has no usage for', () => {
    renderInKit(<QuotaExceeded error={normalizeError({ detail: 'Maximum 128 players allowed per user' }, { status: 400 })} />);
    expect(screen.getByText(sentence('The limit is 128 for players.'))).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentRequired } from '../../../src/react/fallbacks/PaymentRequired';
import { renderInKit } from '../../helpers/renderInKit';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('PaymentRequired', () => {
  itKeepsTheFallbackContract(PaymentRequired, () => seedError('004', 'PLAN_EXPIRED (402 Payment Required)'));

  it('says the plan has expired and offers the renew action', () => {
    renderInKit(<PaymentRequired error={seedError('004', 'PLAN_EXPIRED (402 Payment Required)')} action={<a href="/billing">Renew your plan</a>} />);
    expect(screen.getByRole('heading', { name: 'Your plan has expired' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Renew your plan' })).toHaveAttribute('href', '/billing');
  });

  it('names the feature and the plan that lacks it', () => {
    renderInKit(<PaymentRequired error={seedError('004', 'FEATURE_NOT_AVAILABLE')} />);
    expect(screen.getByText(/feature is not included in/)).toHaveTextContent('The premium export feature is not included in the free plan.');
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PaymentRequired } from '../../src/react/fallbacks/PaymentRequired';
import { readSeed } from '../support/storyKit';

function Example({ code, feature, plan }: { code: 'PLAN_EXPIRED' | 'FEATURE_NOT_AVAILABLE'; feature: string; plan: string }) {
  const body =
    code === 'PLAN_EXPIRED'
      ? { success: false, error: { code, message: 'Your subscription plan has expired. Please renew to continue.' } }
      : { success: false, error: { code, message: 'This feature requires an upgraded plan.', context: { feature, plan } } };
  // Seed 004's plan codes come with the SaaS preset.
  return <PaymentRequired error={readSeed('004', body, { status: code === 'PLAN_EXPIRED' ? 402 : 403 })} action={<a href="#billing">See plans</a>} />;
}

const meta = {
  title: 'Fallbacks/PaymentRequired',
  component: Example,
  args: { code: 'FEATURE_NOT_AVAILABLE', feature: 'premium_export', plan: 'free' },
  argTypes: { code: { control: 'select', options: ['PLAN_EXPIRED', 'FEATURE_NOT_AVAILABLE'] } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 004's FEATURE_NOT_AVAILABLE: the feature, the plan that lacks it, the way to upgrade. */
export const FeatureNotInPlan: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/feature is not included/)).toHaveTextContent('The premium export feature is not included in the free plan.');
    await expect(canvas.getByRole('link', { name: 'See plans' })).toBeVisible();
  },
};

/** Seed 004's PLAN_EXPIRED (402). */
export const PlanExpired: Story = {
  args: { code: 'PLAN_EXPIRED' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your plan has expired' })).toBeVisible();
  },
};

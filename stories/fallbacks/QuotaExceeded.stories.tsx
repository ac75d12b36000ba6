import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { QuotaExceeded } from '../../src/react/fallbacks/QuotaExceeded';
import { readSeed } from '../support/storyKit';
import { sentence } from '../support/sentence';

interface Args {
  feature: string;
  used: number;
  limit: number;
  period: string;
}

function Example({ feature, used, limit, period }: Args) {
  const error = readSeed(
    '004',
    { success: false, error: { code: 'QUOTA_EXCEEDED', message: `Monthly quota exceeded for ${feature}`, context: { feature, limit, used, period } } },
    { status: 429 },
  );
  return <QuotaExceeded error={error} action={<a href="#upgrade">Upgrade your plan</a>} />;
}

const meta = {
  title: 'Fallbacks/QuotaExceeded',
  component: Example,
  args: { feature: 'ai_generation', used: 150, limit: 100, period: 'monthly' },
  argTypes: { period: { control: 'select', options: ['daily', 'weekly', 'monthly', 'yearly'] } },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 004's QUOTA_EXCEEDED: used against limit for the period, a meter and the upgrade action. */
export const MonthlyQuota: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(canvas.getByRole('heading', { name: 'You have reached your limit' })).toBeVisible();
    await expect(context.canvasElement.querySelector('meter')).toHaveAttribute('max', '100');
    await expect(canvas.getByText(sentence('150 of 100 used for ai generation this month.'))).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Upgrade your plan' })).toBeVisible();
  },
};

/** Seed 001's storage quota, read from its sentence by the artwork preset. */
export const StorageQuota: Story = {
  render: () => <QuotaExceeded error={readSeed('001', { detail: 'Storage quota exceeded. Used 512 MB of 500 MB.' }, { status: 413 })} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(sentence('512 MB of 500 MB used for storage.'))).toBeVisible();
  },
};

/** The dark theme: axe checks its contrast too. */
export const MonthlyQuotaDark: Story = {
  ...MonthlyQuota,
  globals: { theme: 'dark' },
  play: async (context) => {
    await MonthlyQuota.play?.(context);
    const panel = context.canvasElement.querySelector('.aek-fallback');
    await expect(panel && getComputedStyle(panel).backgroundColor).toBe('rgb(22, 23, 24)');
  },
};

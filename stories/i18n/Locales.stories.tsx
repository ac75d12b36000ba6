import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectLayoutHolds } from '../support/expectLayoutHolds';
import { FallbackGallery } from '../support/FallbackGallery';

const meta = { title: 'Translations/Every fallback', component: FallbackGallery } satisfies Meta<typeof FallbackGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In English, the default. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your session has expired' })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};

/** The pseudo-locale: every message marked ⟦…⟧ and about 40 % longer. Nothing is clipped or overlaps. */
export const PseudoLocale: Story = {
  globals: { locale: 'pseudo' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { name: /^⟦/ }).length).toBeGreaterThan(10);
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: axe checks it, and the layout holds. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[dir="rtl"]')).not.toBeNull();
    await expect(within(canvasElement).getByRole('heading', { name: 'انتهت صلاحية جلستك' })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};

/** In German, whose words run longest: axe checks it, and the layout holds. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Ihre Sitzung ist abgelaufen' })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};

/** In Japanese. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

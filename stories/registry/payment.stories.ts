// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/payment', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PAYMENT_REQUIRED: Story = registryStory('PAYMENT_REQUIRED');
export const CARD_DECLINED: Story = registryStory('CARD_DECLINED');
export const PLAN_EXPIRED: Story = registryStory('PLAN_EXPIRED');
export const FEATURE_NOT_AVAILABLE: Story = registryStory('FEATURE_NOT_AVAILABLE');
export const USER_PLAN_NOT_FOUND: Story = registryStory('USER_PLAN_NOT_FOUND');

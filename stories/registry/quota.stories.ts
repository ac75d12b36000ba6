// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/quota', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const QUOTA_EXCEEDED: Story = registryStory('QUOTA_EXCEEDED');
export const INSUFFICIENT_QUOTA: Story = registryStory('INSUFFICIENT_QUOTA');
export const INSUFFICIENT_SPACE: Story = registryStory('INSUFFICIENT_SPACE');

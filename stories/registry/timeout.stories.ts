// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/timeout', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TIMEOUT: Story = registryStory('TIMEOUT');
export const TIMEOUT_ERROR: Story = registryStory('TIMEOUT_ERROR');
export const DEADLINE_EXCEEDED: Story = registryStory('DEADLINE_EXCEEDED');
export const DATABASE_TIMEOUT_ERROR: Story = registryStory('DATABASE_TIMEOUT_ERROR');

// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/rate-limited', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const RATE_LIMIT_EXCEEDED: Story = registryStory('RATE_LIMIT_EXCEEDED');
export const RATE_LIMITED: Story = registryStory('RATE_LIMITED');
export const RESOURCE_EXHAUSTED: Story = registryStory('RESOURCE_EXHAUSTED');
export const RATE_LIMIT: Story = registryStory('RATE_LIMIT');
export const RATE_LIMIT_ERROR: Story = registryStory('RATE_LIMIT_ERROR');
export const TOO_MANY_REQUESTS: Story = registryStory('TOO_MANY_REQUESTS');

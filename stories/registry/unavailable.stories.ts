// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/unavailable', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SERVICE_UNAVAILABLE: Story = registryStory('SERVICE_UNAVAILABLE');
export const UNAVAILABLE: Story = registryStory('UNAVAILABLE');
export const OVERLOADED_ERROR: Story = registryStory('OVERLOADED_ERROR');
export const DATABASE_CONNECTION_ERROR: Story = registryStory('DATABASE_CONNECTION_ERROR');
export const DATABASE_CIRCUIT_BREAKER_OPEN: Story = registryStory('DATABASE_CIRCUIT_BREAKER_OPEN');

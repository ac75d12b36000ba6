// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/server', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const INTERNAL_ERROR: Story = registryStory('INTERNAL_ERROR');
export const INTERNAL_SERVER_ERROR: Story = registryStory('INTERNAL_SERVER_ERROR');
export const INTERNAL: Story = registryStory('INTERNAL');
export const SERVICE_ERROR: Story = registryStory('SERVICE_ERROR');
export const DATABASE_ERROR: Story = registryStory('DATABASE_ERROR');
export const DATA_LOSS: Story = registryStory('DATA_LOSS');
export const UNKNOWN: Story = registryStory('UNKNOWN');
export const NOT_IMPLEMENTED: Story = registryStory('NOT_IMPLEMENTED');
export const UNIMPLEMENTED: Story = registryStory('UNIMPLEMENTED');

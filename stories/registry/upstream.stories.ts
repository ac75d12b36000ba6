// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/upstream', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EXTERNAL_SERVICE_ERROR: Story = registryStory('EXTERNAL_SERVICE_ERROR');
export const BAD_GATEWAY: Story = registryStory('BAD_GATEWAY');
export const PLEX_ERROR: Story = registryStory('PLEX_ERROR');
export const PLEX_UNREACHABLE: Story = registryStory('PLEX_UNREACHABLE');
export const PLEX_TIMEOUT: Story = registryStory('PLEX_TIMEOUT');

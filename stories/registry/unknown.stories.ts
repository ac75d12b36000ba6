// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/unknown', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UNKNOWN_ERROR: Story = registryStory('UNKNOWN_ERROR');

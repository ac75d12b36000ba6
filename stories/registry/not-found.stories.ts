// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/not-found', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NOT_FOUND: Story = registryStory('NOT_FOUND');
export const RESOURCE_NOT_FOUND: Story = registryStory('RESOURCE_NOT_FOUND');
export const ENTITY_NOT_FOUND: Story = registryStory('ENTITY_NOT_FOUND');
export const GONE: Story = registryStory('GONE');
export const RESOURCE_NOT_FOUND_EXCEPTION: Story = registryStory('RESOURCE_NOT_FOUND_EXCEPTION');
export const NO_SUCH_KEY: Story = registryStory('NO_SUCH_KEY');
export const PLAN_NOT_FOUND: Story = registryStory('PLAN_NOT_FOUND');
export const ROLE_NOT_FOUND: Story = registryStory('ROLE_NOT_FOUND');

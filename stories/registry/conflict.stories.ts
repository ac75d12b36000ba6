// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/conflict', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CONFLICT: Story = registryStory('CONFLICT');
export const DUPLICATE_RESOURCE: Story = registryStory('DUPLICATE_RESOURCE');
export const ALREADY_EXISTS: Story = registryStory('ALREADY_EXISTS');
export const FAILED_PRECONDITION: Story = registryStory('FAILED_PRECONDITION');
export const ABORTED: Story = registryStory('ABORTED');
export const UNIQUE_VIOLATION: Story = registryStory('UNIQUE_VIOLATION');
export const INVALID_STATE: Story = registryStory('INVALID_STATE');
export const ACCOUNT_PENDING_VERIFICATION: Story = registryStory('ACCOUNT_PENDING_VERIFICATION');

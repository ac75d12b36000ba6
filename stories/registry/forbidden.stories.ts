// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/forbidden', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FORBIDDEN: Story = registryStory('FORBIDDEN');
export const ACCESS_DENIED: Story = registryStory('ACCESS_DENIED');
export const INSUFFICIENT_PERMISSIONS: Story = registryStory('INSUFFICIENT_PERMISSIONS');
export const PERMISSION_DENIED: Story = registryStory('PERMISSION_DENIED');
export const AUTHORIZATION_FAILED: Story = registryStory('AUTHORIZATION_FAILED');
export const MISSING_SCOPE: Story = registryStory('MISSING_SCOPE');
export const INSUFFICIENT_SCOPE: Story = registryStory('INSUFFICIENT_SCOPE');
export const INSUFFICIENT_PRIVILEGE: Story = registryStory('INSUFFICIENT_PRIVILEGE');
export const AUTHORIZATION_REQUEST_DENIED: Story = registryStory('AUTHORIZATION_REQUEST_DENIED');
export const USER_INACTIVE: Story = registryStory('USER_INACTIVE');
export const PLAN_AUTHORIZATION_ERROR: Story = registryStory('PLAN_AUTHORIZATION_ERROR');
export const EMAIL_NOT_VERIFIED: Story = registryStory('EMAIL_NOT_VERIFIED');

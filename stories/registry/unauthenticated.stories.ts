// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/unauthenticated', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UNAUTHORIZED: Story = registryStory('UNAUTHORIZED');
export const UNAUTHENTICATED: Story = registryStory('UNAUTHENTICATED');
export const INVALID_TOKEN: Story = registryStory('INVALID_TOKEN');
export const TOKEN_INVALID: Story = registryStory('TOKEN_INVALID');
export const TOKEN_ERROR: Story = registryStory('TOKEN_ERROR');
export const TOKEN_EXPIRED: Story = registryStory('TOKEN_EXPIRED');
export const AUTHENTICATION_FAILED: Story = registryStory('AUTHENTICATION_FAILED');
export const INVALID_AUTH: Story = registryStory('INVALID_AUTH');
export const INVALID_JWT: Story = registryStory('INVALID_JWT');
export const INVALID_GRANT: Story = registryStory('INVALID_GRANT');
export const INVALID_AUTHENTICATION_TOKEN: Story = registryStory('INVALID_AUTHENTICATION_TOKEN');
export const INVALID_API_KEY: Story = registryStory('INVALID_API_KEY');
export const PIN_NOT_AUTHORIZED: Story = registryStory('PIN_NOT_AUTHORIZED');
export const REFRESH_TOKEN_MISSING: Story = registryStory('REFRESH_TOKEN_MISSING');
export const REFRESH_TOKEN_INVALID: Story = registryStory('REFRESH_TOKEN_INVALID');
export const REFRESH_TOKEN_EXPIRED: Story = registryStory('REFRESH_TOKEN_EXPIRED');
export const USER_NOT_FOUND: Story = registryStory('USER_NOT_FOUND');
export const OAUTH_ERROR: Story = registryStory('OAUTH_ERROR');
export const OAUTH_STATE_INVALID: Story = registryStory('OAUTH_STATE_INVALID');
export const OAUTH_PROVIDER_ERROR: Story = registryStory('OAUTH_PROVIDER_ERROR');

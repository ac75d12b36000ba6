// Generated from the registry by test/storybook/registryStories.test.ts (`npm run stories:generate`): one story per code.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { registryStory } from '../support/registryStory';
import { ResponseExample } from '../support/ResponseExample';

const meta = { title: 'Registry/validation', component: ResponseExample } satisfies Meta<typeof ResponseExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VALIDATION_ERROR: Story = registryStory('VALIDATION_ERROR');
export const INVALID_INPUT: Story = registryStory('INVALID_INPUT');
export const INVALID_REQUEST: Story = registryStory('INVALID_REQUEST');
export const BAD_REQUEST: Story = registryStory('BAD_REQUEST');
export const BAD_USER_INPUT: Story = registryStory('BAD_USER_INPUT');
export const GRAPHQL_VALIDATION_FAILED: Story = registryStory('GRAPHQL_VALIDATION_FAILED');
export const GRAPHQL_PARSE_FAILED: Story = registryStory('GRAPHQL_PARSE_FAILED');
export const PAYLOAD_TOO_LARGE: Story = registryStory('PAYLOAD_TOO_LARGE');
export const METHOD_NOT_ALLOWED: Story = registryStory('METHOD_NOT_ALLOWED');
export const INVALID_ARGUMENT: Story = registryStory('INVALID_ARGUMENT');
export const VALIDATION_FAILED: Story = registryStory('VALIDATION_FAILED');
export const UNPROCESSABLE_ENTITY: Story = registryStory('UNPROCESSABLE_ENTITY');
export const NOT_NULL_VIOLATION: Story = registryStory('NOT_NULL_VIOLATION');
export const CURRENT_PASSWORD_INCORRECT: Story = registryStory('CURRENT_PASSWORD_INCORRECT');

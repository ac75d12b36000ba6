import type { StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { exampleForCode } from '../../fixtures/codeExamples';
import type { ResponseExample } from './ResponseExample';

/** The story of one code the story kit knows (a standard one or a preset's): its real response, the fallback it gets, and checks a user would make. */
export function registryStory(code: string): StoryObj<typeof ResponseExample> {
  return {
    name: code,
    args: { ...exampleForCode(code), onRetry: fn() },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      if (code === 'CANCELLED') {
        await expect(canvas.getByText(/never shown/)).toBeVisible();
        return;
      }
      const root = canvasElement.querySelector('[data-error-code]');
      await expect(root).toHaveAttribute('data-error-code', code);
      await expect(canvas.getAllByRole('alert')[0]).toBeVisible();
      await expect(canvas.getAllByRole('heading', { level: 2 })[0]).toBeVisible();
      // Server text is data: nothing from the body becomes markup or a javascript: link.
      for (const link of canvas.queryAllByRole('link')) await expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    },
  };
}

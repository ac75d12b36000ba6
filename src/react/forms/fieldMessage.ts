import en from '../../locales/en';
import type { Messages } from '../hooks/useMessages';

/**
 * A field error's message as shown: the server's own, or, where the kit replaced it (a message
 * too long or carrying debug output), the kit's words in the active locale.
 */
export function fieldMessage(message: string, t: Messages['t']): string {
  return message === en['field.invalid'] ? t('field.invalid') : message;
}

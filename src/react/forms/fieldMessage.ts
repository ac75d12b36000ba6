import { coreWords } from '../../locales/en/coreWords';
import type { Messages } from '../hooks/useMessages';

/**
 * A field error's message as shown: the server's own, or, where the kit replaced it (a message
 * too long or carrying debug output), the kit's words in the active locale.
 */
export function fieldMessage(message: string, t: Messages['t']): string {
  return message === coreWords['field.invalid'] ? t('field.invalid') : message;
}

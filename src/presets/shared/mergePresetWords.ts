import type { WordsByLocale } from '../../core/kit/createErrorKit';
import type { Message } from '../../core/messages/Message';

/** Several word sets laid together, locale by locale. */
export function mergePresetWords(...sets: readonly WordsByLocale[]): WordsByLocale {
  const merged: Record<string, Record<string, Message>> = {};
  for (const set of sets) for (const [tag, words] of Object.entries(set)) merged[tag] = { ...merged[tag], ...words };
  return merged;
}

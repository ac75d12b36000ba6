import { isDebugText } from './debugText';

/** The longest server sentence shown as it is; a longer one gives way to the registry's words. */
export const MAX_SENTENCE_CHARS = 300;

/**
 * Whether a server's sentence can be shown to a user as it is: short plain prose, not a
 * bare token (`pending_verification`), not markup, not a stack trace, SQL or a file path.
 * The length is checked before any pattern runs, so a huge sentence costs nothing to refuse.
 */
export function isShowableSentence(sentence: string | undefined): sentence is string {
  if (!sentence || sentence.length > MAX_SENTENCE_CHARS * 4) return false;
  const trimmed = sentence.trim();
  return trimmed.length >= 3 && trimmed.length <= MAX_SENTENCE_CHARS && /\s/.test(trimmed) && !/<[a-z/!?]/i.test(trimmed) && !isDebugText(trimmed);
}

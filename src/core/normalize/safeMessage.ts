import { isDebugText } from './debugText';

/**
 * Whether a server's sentence can be shown to a user as it is: short plain prose, not a
 * bare token (`pending_verification`), not markup, not a stack trace, SQL or a file path.
 */
export function isShowableSentence(sentence: string | undefined): sentence is string {
  if (!sentence) return false;
  const trimmed = sentence.trim();
  return trimmed.length >= 3 && trimmed.length <= 300 && /\s/.test(trimmed) && !/<[a-z/!?]/i.test(trimmed) && !isDebugText(trimmed);
}

import { findLeak } from './findLeak';

// HTML a server or a proxy put in a message: a known element, a comment or a doctype. Words in
// angle brackets ("An <e2-medium> VM instance", google.rpc) are prose.
const MARKUP = /<\/?(?:html|head|body|title|meta|link|script|style|iframe|object|embed|svg|math|div|span|p|a|b|i|u|em|strong|br|hr|img|table|tr|td|th|ul|ol|li|pre|code|h[1-6]|form|input|button|center|font)\b[^>]{0,200}>|<!(?:--|doctype)/i;

/** The longest server sentence shown as it is; a longer one gives way to the registry's words. */
export const MAX_SENTENCE_CHARS = 300;

/**
 * Whether a server's sentence can be shown to a user as it is, whole: short plain prose, not a
 * bare token (`pending_verification`), not markup, and carrying no secret or debug output. The
 * length is checked before any pattern runs, so a huge sentence costs nothing to refuse.
 */
export function isShowableSentence(sentence: string | undefined): sentence is string {
  if (!sentence || sentence.length > MAX_SENTENCE_CHARS * 4) return false;
  const trimmed = sentence.trim();
  return trimmed.length >= 3 && trimmed.length <= MAX_SENTENCE_CHARS && /\s/.test(trimmed) && !MARKUP.test(trimmed) && findLeak(trimmed) === undefined;
}

/**
 * A field message or a detail as it may be kept: whole when short and clean, otherwise
 * undefined. `allowHosts` keeps host names, for details that only fallbacks' allow-lists render.
 */
export function screenText(text: string, maxChars: number, allowHosts = false): string | undefined {
  return text.length <= maxChars && findLeak(text, allowHosts) === undefined ? text : undefined;
}

// What gives a sentence away as debug output rather than words for a user.
const UNSAFE = [
  /<[a-z/!?]/i, // markup, even unclosed
  /\n\s*at\s|\bat\s+\S+\s+\(|\w+\.\w+:\d+:\d+/, // stack frames
  /Traceback \(most recent call last\)|Exception in thread|\bE[A-Z]{3,}\b.*\bat\b/,
  /\b(?:select|insert|update|delete)\b[\s\S]*\b(?:from|into|set|where)\b/i, // SQL
  /(?:^|[\s'"(])(?:\/(?:usr|var|home|opt|srv|app|etc|tmp)\/|[a-z]:\\)/i, // file paths
];

/**
 * Whether a server's sentence can be shown to a user as it is: short plain prose, not a
 * bare token (`pending_verification`), not markup, not a stack trace, SQL or a file path.
 */
export function isShowableSentence(sentence: string | undefined): sentence is string {
  if (!sentence) return false;
  const trimmed = sentence.trim();
  return trimmed.length >= 3 && trimmed.length <= 300 && /\s/.test(trimmed) && !UNSAFE.some((pattern) => pattern.test(trimmed));
}

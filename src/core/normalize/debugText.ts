// What gives text away as a server's debug output rather than words for a user. SQL is matched
// in capitals or by its error markers, so prose like "Select a plan from the list" stays.
const DEBUG_OUTPUT = [
  /\n\s*at\s|\bat\s+\S+\s+\(|\w+\.\w+:\d+:\d+/, // stack frames
  /Traceback \(most recent call last\)|Exception in thread|\bE[A-Z]{3,}\b.*\bat\b/,
  /\bSQLSTATE\[|\(SQL: |\bselect\s+\*\s+from\b/i,
  /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]*\b(?:FROM|VALUES|SET|WHERE)\b/,
  /(?:^|[\s'"(])(?:\/(?:usr|var|home|opt|srv|app|etc|tmp|root|private)\/|[a-z]:\\)/i, // file paths
];

/** True for a stack trace, SQL or a server file path: text that never reaches a user. */
export function isDebugText(text: string): boolean {
  return DEBUG_OUTPUT.some((pattern) => pattern.test(text));
}

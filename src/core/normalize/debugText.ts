// What gives text away as a server's debug output rather than words for a user. SQL is matched
// in capitals or by its error markers, so prose like "Select a plan from the list" stays.
// Every quantifier is bounded and no two of them compete for the same characters, so each
// pattern costs time linear in the text; callers also cut text to its display bound first.
const DEBUG_OUTPUT = [
  /(?:^|\n)[ \t]{0,64}at [^\n]{0,300}[:(]|\bat [^\s(]{1,300} \(|\.[A-Za-z]{1,10}:\d{1,7}:\d{1,7}\b/, // stack frames
  /Traceback \(most recent call last\)|Exception in thread|\bE[A-Z]{3,20}\b[^\n]{0,200}\bat\b/,
  /\bSQLSTATE\[|\(SQL: |\bselect[ \t\n]{1,10}\*[ \t\n]{1,10}from\b/i,
  /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^;]{0,300}?\b(?:FROM|VALUES|SET|WHERE)\b/,
  /(?:^|[\s'"(])(?:\/(?:usr|var|home|opt|srv|app|etc|tmp|root|private)\/|[a-z]:\\)/i, // file paths
];

/** True for a stack trace, SQL or a server file path: text that never reaches a user. */
export function isDebugText(text: string): boolean {
  return DEBUG_OUTPUT.some((pattern) => pattern.test(text));
}

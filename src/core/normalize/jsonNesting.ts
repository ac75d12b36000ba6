// JSON.parse takes far longer on deeply nested text than on flat text of the same size (a
// megabyte of "[[[[" costs a quarter of a second), and no error body nests deeply. Large bodies
// are measured first, in one pass, and read as opaque text when they nest too deep.
const OPEN_ARRAY = 91; // [
const OPEN_OBJECT = 123; // {
const CLOSE_ARRAY = 93; // ]
const CLOSE_OBJECT = 125; // }
const QUOTE = 34; // "
const BACKSLASH = 92; // \

/** True when `text`, read as JSON, nests arrays and objects deeper than `limit`. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}

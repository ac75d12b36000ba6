/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  // A high surrogate at the cut would leave half an emoji (a lone surrogate) on screen.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

// A document's descriptions are Markdown written for developers, often paragraphs long. What a
// user may read is its first sentence, as plain text, when it is a sentence at all.

// Longer than this is documentation, not a message.
const MAX_SENTENCE = 200;
const MAX_TITLE = 60;

/** Markdown reduced to plain text on one line: links to their words, code and emphasis unmarked. */
function plain(markdown: string): string {
  // No class runs past the character that opens its match again, so a document full of
  // unclosed brackets is read in linear time, not quadratic.
  return markdown
    .replace(/<[^<>]*>/g, ' ')
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/[`*~#>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a description, when it is one a user could read (three words or more, not too long). */
export function documentedSentence(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const text = plain(description.split(/\n\s*\n/)[0] ?? '');
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  const words = sentence.split(' ');
  // A heading in Title Case ("Job Not Found") is no sentence to show as a message.
  const titleCase = words.every((word) => !/^[a-z]/.test(word));
  if (sentence.length > MAX_SENTENCE || words.length < 3 || titleCase || /[{}=;]|https?:/.test(sentence)) return undefined;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A short heading from a title or summary (a few words, no final stop), or undefined. */
export function documentedTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const text = plain(title).replace(/\.$/, '');
  if (text.length === 0 || text.length > MAX_TITLE || /[{}=;]|https?:/.test(text) || /^[\w.:-]+$/.test(text)) return undefined;
  return text[0]?.toUpperCase() + text.slice(1);
}

// A sentence can be safe to show and still say nothing to the person reading it: a status line
// ("404 Project Not Found", "400 (Bad request) …") or a bare code ("error code: 1015"). The
// kit's own words say more to a user than either. (Plain prose that merely restates the status,
// "Too many requests", is still shown: the product APIs' own sentences are of that kind.)

// A status line: the status's number opening the sentence.
const STATUS_LINE = /^[1-5]\d\d\b/;
const BARE_CODE = /^(?:error )?code:? ?[\w.-]{1,40}$/i;

/** True when a server's (already screened) sentence tells a user more than the kit's words would. */
export function speaksToUser(sentence: string): boolean {
  const head = sentence.trim().slice(0, 500);
  return !STATUS_LINE.test(head) && !BARE_CODE.test(head.replace(/[.!]+$/, ''));
}

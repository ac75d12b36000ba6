const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Matches the element that says `text` whole, though parts of it are elements of their own (a server's word in <bdi>, a number in <strong>). */
export function sentence(text: string): (content: string, element: Element | null) => boolean {
  return (_, element) => element !== null && squash(element.textContent) === text && ![...element.children].some((child) => squash(child.textContent) === text);
}

/** Input types that take no typed text: a `/` pressed on them is free to mean "search". */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * Whether typing in `element` writes text: then a printable key such as `/` is the user's text,
 * never a shortcut.
 */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TEXT.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  return (element as HTMLElement).isContentEditable === true;
}

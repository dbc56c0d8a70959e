/**
 * The element a field is rendered inside: its slot when it is slotted into a shadow tree, its
 * parent, or the shadow host at the top of a shadow root. Opacity and layout follow this chain,
 * not the plain DOM one.
 */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The text of the elements listed by id in an ARIA attribute, looked up in the field's own tree. */
export function textOfIdRefs(element: Element, attribute: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute(attribute)?.split(' ') ?? [];
  return ids.map((id) => id && root.getElementById(id)?.textContent).join(' ');
}

export interface PageInputs {
  /** Every `<input>`, in document order, shadow contents right after their host. */
  inputs: HTMLInputElement[];
  /** The document and every open shadow root met on the way (to hit-test them all, see isCovered). */
  roots: (Document | ShadowRoot)[];
}

/**
 * Walks the page and every OPEN shadow root inside it (web components, design systems). Closed
 * shadow roots are the component's own business and stay closed. Frames are not entered: each
 * frame gets its own copy of the script, so its origin is checked on its own.
 */
export function collectInputs(root: Document | ShadowRoot, found: PageInputs = { inputs: [], roots: [] }): PageInputs {
  found.roots.push(root);
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLInputElement) found.inputs.push(element);
    if (element.shadowRoot) collectInputs(element.shadowRoot, found);
  }
  return found;
}

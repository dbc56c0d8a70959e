import { closestAcrossShadow, flatParent } from './flat-tree';

/** Smaller than this on either side, a field is a visually hidden one (the `sr-only` 1px trick). */
const MIN_SIDE_PX = 4;
/** Below this (multiplied down the ancestors), a field is invisible to the user: clickjacking. */
const MIN_OPACITY = 0.1;

/** Enabled (a disabled fieldset disables its fields too) and writable. */
export function isEditable(input: HTMLInputElement): boolean {
  return !input.matches(':disabled') && !input.readOnly;
}

/**
 * Not rendered, not visible, or too small to see. (A field placed outside the page, at
 * left: -9999px, is refused by isCovered: it cannot be brought on screen.)
 */
export function isHidden(element: HTMLElement): boolean {
  if (closestAcrossShadow(element, '[hidden]')) return true;
  // No box at all: display:none on the field or an ancestor.
  if (element.getClientRects().length === 0 || getComputedStyle(element).visibility !== 'visible') return true;
  const rect = element.getBoundingClientRect();
  return rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX;
}

/** Transparent itself or through any ancestor, shadow hosts included: opacity multiplies down. */
export function isTransparent(element: Element): boolean {
  let opacity = 1;
  for (let current: Element | null = element; current; current = flatParent(current)) {
    opacity *= Number.parseFloat(getComputedStyle(current).opacity) || 0;
    if (opacity < MIN_OPACITY) return true;
  }
  return false;
}

/** The topmost element at a point, looking into open shadow roots instead of stopping at hosts. */
function deepElementFromPoint(document: Document, x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function centreOf(element: Element): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function inViewport(point: { x: number; y: number }, view: Window): boolean {
  return point.x >= 0 && point.y >= 0 && point.x < view.innerWidth && point.y < view.innerHeight;
}

/**
 * Something else receives a click at the field's centre: a transparent overlay placed over it
 * (clickjacking), a dialog, an ancestor that clips it away, an inert part of the page (which takes
 * no clicks), even a label drawn over it (floating labels let clicks through with
 * pointer-events: none). A field below the fold is scrolled into view first, since only a point on
 * screen can be checked; one that cannot be brought on screen counts as covered.
 */
export function isCovered(element: HTMLInputElement): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  let centre = centreOf(element);
  // Left of or above the page (left: -9999px): no scrolling reaches it.
  if (centre.x + view.scrollX < 0 || centre.y + view.scrollY < 0) return true;
  if (!inViewport(centre, view)) {
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    centre = centreOf(element);
    if (!inViewport(centre, view)) return true;
  }
  const hit = deepElementFromPoint(element.ownerDocument, centre.x, centre.y);
  return hit !== element;
}

/** Everything but coverage, which is checked last and only for the best candidates. */
export function isUsable(input: HTMLInputElement): boolean {
  return input.isConnected && isEditable(input) && !isHidden(input) && !isTransparent(input);
}

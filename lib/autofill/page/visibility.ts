import type { FillRefusal } from '../content-protocol';
import { collectInputs } from './collect-inputs';
import { flatParent } from './flat-tree';

/** Smaller than this on either side, a field is a visually hidden one (the `sr-only` 1px trick). */
const MIN_SIDE_PX = 4;
/** Below this (multiplied down the ancestors), a field is invisible to the user: clickjacking. */
const MIN_OPACITY = 0.1;
/**
 * Where a field is checked for what lies over it, as fractions of its width and of its height:
 * a grid of nine points around its centre, clear of rounded corners and of small icons at its ends.
 */
const SAMPLES = [0.25, 0.5, 0.75];
/**
 * Lets every element take part in hit testing for one look, so that what is drawn on top at a
 * point is found even when it lets clicks through. In a cascade layer, its !important also wins
 * over the page's own !important rules.
 */
const HIT_EVERYTHING = '@layer{*{pointer-events:auto!important}}';

/** Enabled (a disabled fieldset disables its fields too) and writable. */
export function isEditable(input: HTMLInputElement): boolean {
  return !input.matches(':disabled') && !input.readOnly;
}

/**
 * The alpha of a computed colour: the fourth number of `rgba(…)`, of `color(srgb … / a)` or of
 * `oklch(… / a)`; 1 when there is none (`rgb(…)`).
 */
export function alphaOf(colour: string): number {
  return +(colour.match(/[\d.]+/g)?.[3] ?? 1);
}

/**
 * How much of an element shows: its opacity times its ancestors' (shadow hosts included), and
 * every `filter: opacity()` on the way (computed as a number), which fades an element just as well.
 */
export function opacityOf(element: Element): number {
  let opacity = 1;
  for (let current: Element | null = element; current && opacity >= MIN_OPACITY; current = flatParent(current)) {
    const style = getComputedStyle(current);
    opacity *= +style.opacity;
    for (const [, amount] of style.filter.matchAll(/opacity\(([\d.]+)/g)) opacity *= +amount!;
  }
  return opacity;
}

/**
 * Neither the field's text nor its frame can be seen, so whatever it holds shows nowhere: text
 * painted transparent (in -webkit-text-fill-color, which is the text colour unless set apart), and
 * a border of no width or of a transparent colour.
 */
function isBlank(input: HTMLInputElement): boolean {
  const style = getComputedStyle(input);
  const faint = (colour: string) => alphaOf(colour) < MIN_OPACITY;
  return faint(style.getPropertyValue('-webkit-text-fill-color')) && (!/[1-9]/.test(style.borderWidth) || faint(style.borderColor));
}

/**
 * Not rendered (the browser's own check: display: none here or above, a closed `<details>`,
 * visibility), too small to see, faded out, or blank. (A field placed outside the page,
 * at left: -9999px, is refused by isCovered: it cannot be brought on screen.)
 */
export function isInvisible(input: HTMLInputElement): boolean {
  if (!input.checkVisibility({ visibilityProperty: true })) return true;
  const { width, height } = input.getBoundingClientRect();
  return width < MIN_SIDE_PX || height < MIN_SIDE_PX || opacityOf(input) < MIN_OPACITY || isBlank(input);
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

/**
 * What is drawn on top at each sample point of `element`, whether it lets clicks through or not,
 * or undefined when not every point is on screen. Every tree of the page (the document and its
 * open shadow roots) takes hit testing for this one synchronous look and is then left as it was:
 * no frame is painted in between.
 */
function topmostOver(element: Element): (Element | null)[] | undefined {
  const document = element.ownerDocument;
  const { left, top, width, height } = element.getBoundingClientRect();
  const points = SAMPLES.flatMap((fx) => SAMPLES.map((fy) => [left + width * fx, top + height * fy] as const));
  if (!points.every(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight)) return undefined;
  const sheets = collectInputs(document).roots.map((root) => {
    const sheet = document.createElement('style');
    sheet.textContent = HIT_EVERYTHING;
    return ((root as Document).body ?? root).appendChild(sheet);
  });
  const hits = points.map(([x, y]) => deepElementFromPoint(document, x, y));
  for (const sheet of sheets) sheet.remove();
  return hits;
}

/**
 * `hit`, drawn on top at a point of `field`, makes the field unusable there: it is the field's own
 * container (which clips the field away), or it takes the click (even with nothing painted:
 * clickjacking), or it paints a background colour over the field without being faded out. A floating label or a drawn outline with pointer-events: none does neither, and is harmless.
 */
function blocks(hit: Element | null, field: Element): boolean {
  if (hit === field) return false;
  if (!hit || hit.contains(field)) return true;
  const style = getComputedStyle(hit);
  return style.pointerEvents !== 'none' || (alphaOf(style.backgroundColor) >= MIN_OPACITY && opacityOf(hit) >= MIN_OPACITY);
}

/**
 * Something lies over the field at one of several points of it: a transparent overlay taking the
 * clicks (clickjacking), a dialog, a banner over a corner, an ancestor that clips it away
 * (overflow, clip-path), an inert part of the page (which is never hit), a label drawn over it
 * that takes clicks, or an opaque layer that lets clicks through (pointer-events: none) so that
 * the user would type into a field nobody sees. A field below the fold is scrolled into view
 * first, since only points on screen can be checked; one that cannot be brought on screen counts
 * as covered.
 */
export function isCovered(element: HTMLInputElement): boolean {
  let hits = topmostOver(element);
  if (!hits) {
    // Outside the page (left: -9999px), no scrolling brings it on screen.
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    hits = topmostOver(element);
  }
  return !hits || hits.some((hit) => blocks(hit, element));
}

/** Why a field found earlier may not get a code now, if it may not. */
export function refusalOf(input: HTMLInputElement): FillRefusal | undefined {
  if (!input.isConnected || !isEditable(input)) return 'gone';
  if (isInvisible(input)) return 'hidden';
  return isCovered(input) ? 'covered' : undefined;
}

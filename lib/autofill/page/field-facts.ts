import type { FieldFacts } from './field-score';
import { flatParent, textOfIdRefs } from './flat-tree';

/** The field (or row) and its closest ancestors: its wrapper, its group, its form row. */
const CONTEXT_LEVELS = 5;
/** Past this, an ancestor's text is the whole form or page, no longer about this field. */
const CONTEXT_MAX_CHARS = 400;
/** Past this, the text around a field is a whole page's (menus, articles, footers), no longer its form's. */
const FORM_MAX_CHARS = 1500;
/** What titles a part of the page, and so the fields below it. */
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],legend';
/** What a page offers to do ("Get a code by SMS instead") rather than says has happened. */
const OFFERS = 'a,button,[role=button]';

/** The words a field carries itself: what a screen reader would announce, plus its id and name. */
export function ownTextOf(input: HTMLInputElement): string {
  return [
    input.id,
    input.name,
    input.placeholder,
    input.title,
    input.getAttribute('aria-label'),
    textOfIdRefs(input, 'aria-labelledby'),
    textOfIdRefs(input, 'aria-describedby'),
    ...Array.from(input.labels ?? [], (label) => label.textContent),
  ].join(' ');
}

/**
 * `element`, or the widest of its ancestors (up to `levels` of them, the element included) whose
 * text is still at most `maxChars` long, going `up` the flat tree or only the element's own tree.
 */
function widest(element: Element, maxChars: number, levels = Infinity, up: (element: Element) => Element | null = flatParent): Element {
  let found = element;
  for (let current = up(element); current && --levels && current.textContent!.length <= maxChars; current = up(current)) {
    found = current;
  }
  return found;
}

/**
 * The text a person reads in `element` (rendered text only: nothing hidden, no scripts), without
 * what its links and buttons offer.
 */
function statedTextOf(element: Element): string {
  // innerText is the whole textContent for an element not rendered at all.
  if (!element.checkVisibility()) return '';
  let text = (element as HTMLElement).innerText;
  for (const offer of element.querySelectorAll<HTMLElement>(OFFERS)) text = text.replace(offer.innerText, ' ');
  return text;
}

/**
 * What a person reads before filling a field in, beyond its own words and the text right around
 * it: the last heading (or legend) before it, and the text of its form (or of the whole page,
 * when that is short).
 */
export function pageTextOf(element: Element): string {
  const headings = (element.getRootNode() as ParentNode).querySelectorAll(HEADINGS);
  const before = Array.from(headings).filter(
    // Node.DOCUMENT_POSITION_FOLLOWING: the element comes after the heading.
    (heading) => heading.compareDocumentPosition(element) & 4,
  );
  // In the field's own tree too: a shadow host's text leaves out its shadow root, where a
  // component's form (and its "a code was sent to you") may be.
  const own = widest(element, FORM_MAX_CHARS, Infinity, (parent) => parent.parentElement);
  return [...before.slice(-1), ...new Set([own, widest(element, FORM_MAX_CHARS)])].map(statedTextOf).join(' ');
}

/**
 * One field (`boxes` of one), or a row of one-character boxes read as one field: the first box's
 * kind, every box's words, and the text around `container` (a group's legend and instructions).
 */
export function factsOf(boxes: readonly HTMLInputElement[], container: Element): FieldFacts {
  const first = boxes[0]!;
  return {
    type: first.type,
    autocomplete: boxes.map((box) => box.getAttribute('autocomplete')).join(' '),
    inputMode: first.inputMode,
    maxLength: boxes.length > 1 ? -1 : first.maxLength,
    pattern: first.pattern,
    ownText: boxes.map(ownTextOf).join(' '),
    // The short text nearest the field (instructions, a legend), from its closest ancestors.
    contextText: widest(container, CONTEXT_MAX_CHARS, CONTEXT_LEVELS).textContent!,
    pageText: pageTextOf(container),
    boxes: boxes.length,
    // Typed-in fields of its form (a row of boxes is one): a form of one field asks for one thing.
    alone: boxes.length > 1 || first.form?.querySelectorAll('input:is([type=text],[type=tel],[type=number],:not([type]))').length === 1,
  };
}

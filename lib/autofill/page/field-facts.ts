import type { FieldFacts } from './field-score';
import { flatParent, textOfIdRefs } from './flat-tree';

/** The field (or row) and its closest ancestors: its wrapper, its group, its form row. */
const CONTEXT_LEVELS = 5;
/** Past this, an ancestor's text is the whole form or page, no longer about this field. */
const CONTEXT_MAX_CHARS = 400;

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

/** The short text nearest a field (instructions, a legend), from the closest ancestors. */
export function contextTextOf(element: Element): string {
  let text = '';
  let current: Element | null = element;
  for (let level = 0; current && level < CONTEXT_LEVELS; level += 1, current = flatParent(current)) {
    const candidate = current.textContent ?? '';
    if (candidate.length > CONTEXT_MAX_CHARS) break;
    text = candidate;
  }
  return text;
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
    contextText: contextTextOf(container),
    boxes: boxes.length,
  };
}

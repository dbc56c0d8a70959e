import { flatParent } from './flat-tree';

/** A row of one-character boxes, one per digit, and the element that holds them all. */
export interface BoxRow {
  boxes: HTMLInputElement[];
  container: Element;
}

/** Codes are 6–8 digits; a 4- or 5-box row is found too, and refused at fill time if it does not fit. */
const MIN_BOXES = 4;
const MAX_BOXES = 8;
/** Boxes without maxlength (the script enforces one character) are recognised by their square shape. */
const MAX_BOX_WIDTH_PX = 64;
/** Boxes are siblings, or each sits in its own wrapper (or its own component) inside one row. */
const SHARED_ANCESTOR_LEVELS = 3;

interface Box {
  input: HTMLInputElement;
  rect: DOMRect;
  ancestors: Element[];
}

/** A text box for one character (checkboxes are small and square too, but never a digit box). */
function isBoxLike(input: HTMLInputElement, rect: DOMRect): boolean {
  if (!/^(?:text|tel|number)$/.test(input.type)) return false;
  if (input.maxLength === 1) return true;
  return input.maxLength < 0 && rect.width <= MAX_BOX_WIDTH_PX && rect.width <= rect.height * 1.6;
}

function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = [];
  let current = flatParent(element);
  while (current && ancestors.length < SHARED_ANCESTOR_LEVELS) {
    ancestors.push(current);
    current = flatParent(current);
  }
  return ancestors;
}

/** Next to each other on one line: centres level, and a gap of at most a couple of boxes. */
function adjacent({ rect: a }: Box, { rect: b }: Box): boolean {
  const dy = Math.abs(a.top + a.height / 2 - b.top - b.height / 2);
  const dx = Math.abs(a.left + a.width / 2 - b.left - b.width / 2);
  const width = Math.max(a.width, b.width);
  return dy < Math.min(a.height, b.height) / 2 && dx >= width / 2 && dx <= width * 3;
}

function shareAncestor(a: Box, b: Box): boolean {
  return a.ancestors.some((ancestor) => b.ancestors.includes(ancestor));
}

/** The nearest element that holds every box of the run. */
function containerOf([first, ...rest]: readonly Box[]): Element {
  const shared = first!.ancestors.find((ancestor) => rest.every((box) => box.ancestors.includes(ancestor)));
  return shared ?? first!.input;
}

/**
 * Finds rows of one-character boxes among the usable inputs (in page order). Any other visible
 * input in between ends a row, so a login form's fields never join one.
 */
export function findBoxRows(inputs: readonly HTMLInputElement[]): BoxRow[] {
  const rows: BoxRow[] = [];
  let run: Box[] = [];
  function endRun() {
    if (run.length >= MIN_BOXES && run.length <= MAX_BOXES) {
      rows.push({ boxes: run.map((box) => box.input), container: containerOf(run) });
    }
    run = [];
  }
  for (const input of inputs) {
    const rect = input.getBoundingClientRect();
    if (!isBoxLike(input, rect)) {
      endRun();
      continue;
    }
    const box: Box = { input, rect, ancestors: ancestorsOf(input) };
    const previous = run.at(-1);
    if (previous && !(adjacent(previous, box) && shareAncestor(previous, box))) endRun();
    run.push(box);
  }
  endRun();
  return rows;
}

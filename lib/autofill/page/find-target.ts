import { collectInputs } from './collect-inputs';
import { factsOf } from './field-facts';
import { MIN_SCORE, scoreField } from './field-score';
import { findBoxRows } from './split-boxes';
import { isCovered, isUsable } from './visibility';

/** Where a code goes: one field, or one box per character, in order. */
export type FillTarget = readonly HTMLInputElement[];

export interface TargetSearch {
  target?: FillTarget;
  /** The document and the open shadow roots seen, for watching the page while waiting. */
  roots: (Document | ShadowRoot)[];
}

interface Candidate {
  boxes: FillTarget;
  score: number;
}

/**
 * Finds the one field (or row of boxes) the code should go to, or none. Every candidate must be
 * visible, opaque, enabled and writable; they are ranked by score (autocomplete=one-time-code
 * first), and the first one that nothing covers wins. Fields of other kinds (login, search,
 * coupon, SMS code…) never qualify, whatever their rank.
 */
export function findTarget(document: Document): TargetSearch {
  const { inputs, roots } = collectInputs(document);
  const usable = inputs.filter(isUsable);
  const rows = findBoxRows(usable);
  const candidates: Candidate[] = [];
  // In page order, so that of two equal candidates (the sort is stable) the earlier one wins.
  for (const input of usable) {
    const row = rows.find((found) => found.boxes.includes(input));
    if (row && row.boxes[0] !== input) continue;
    const boxes = row?.boxes ?? [input];
    const { score, excluded } = scoreField(factsOf(boxes, row?.container ?? input));
    if (!excluded && score >= MIN_SCORE) candidates.push({ boxes, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates.find((candidate) => candidate.boxes.every((box) => !isCovered(box)));
  return { target: best?.boxes, roots };
}

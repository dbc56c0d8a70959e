import type { DetectReply } from '../content-protocol';
import { collectInputs } from './collect-inputs';
import { factsOf } from './field-facts';
import { MIN_SCORE, scoreField } from './field-score';
import { findBoxRows } from './split-boxes';
import { isCovered, isEditable, isInvisible } from './visibility';

/** Where a code goes: one field, or one box per character, in order. */
export type FillTarget = readonly HTMLInputElement[];

export interface TargetSearch {
  target?: FillTarget;
  /** When there is none: why the field that looked most like a code field was refused, if one did. */
  refused?: DetectReply['refused'];
}

interface Candidate {
  boxes: FillTarget;
  score: number;
  /** Why it may not get the code whatever its rank, found before coverage is checked. */
  refused?: 'hidden' | 'sms-or-email';
}

/**
 * Finds the one field (or row of boxes) the code should go to, or none. Every candidate must be
 * visible, opaque, enabled and writable; they are ranked by score (autocomplete=one-time-code
 * first), and the first one that nothing covers wins. Fields of other kinds (login, search,
 * coupon…) never qualify, whatever their rank. Fields that would, but cannot be seen or ask for a
 * code sent by SMS or e-mail, are ranked too: when nothing is filled, the best of them says why.
 */
export function findTarget(document: Document): TargetSearch {
  const { inputs } = collectInputs(document);
  const editable = inputs.filter(isEditable);
  const visible = editable.filter((input) => !isInvisible(input));
  const rows = findBoxRows(visible);
  const candidates: Candidate[] = [];
  // In page order, so that of two equal candidates (the sort is stable) the earlier one wins.
  for (const input of editable) {
    const row = rows.find((found) => found.boxes.includes(input));
    if (row && row.boxes[0] !== input) continue;
    const boxes = row?.boxes ?? [input];
    const { score, excluded } = scoreField(factsOf(boxes, row?.container ?? input));
    if (score < MIN_SCORE || (excluded && excluded !== 'sms-or-email')) continue;
    candidates.push({ boxes, score, refused: excluded ?? (visible.includes(input) ? undefined : 'hidden') });
  }
  candidates.sort((a, b) => b.score - a.score);
  let refused: TargetSearch['refused'];
  for (const candidate of candidates) {
    const reason = candidate.refused ?? (candidate.boxes.some(isCovered) ? 'covered' : undefined);
    if (!reason) return { target: candidate.boxes };
    refused ??= reason;
  }
  return { refused };
}

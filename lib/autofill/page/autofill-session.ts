import type { DetectReply, FillReply } from '../content-protocol';
import { fillTarget } from './fill-target';
import type { FillTarget } from './find-target';
import { waitForTarget } from './wait-for-target';

export interface AutofillSession {
  detect(waitMs: number): Promise<DetectReply>;
  fill(code: string): FillReply;
}

/**
 * Detection and filling in one frame. Between a detect and its fill it keeps only the field(s)
 * found; the code is never stored, only written into the page.
 */
export function createAutofillSession(document: Document = globalThis.document): AutofillSession {
  let target: FillTarget | undefined;
  return {
    async detect(waitMs) {
      const search = await waitForTarget(document, waitMs);
      target = search.target;
      return { found: target !== undefined, boxes: target?.length ?? 0, refused: search.refused };
    },
    fill(code) {
      const found = target;
      // One detect, one fill: a later fill must look at the page again.
      target = undefined;
      return fillTarget(found, code);
    },
  };
}

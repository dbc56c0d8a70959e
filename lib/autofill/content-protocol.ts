/**
 * What the background and the autofill content script say to each other. The background sends
 * both messages with `tabs.sendMessage` to one frame (frameId + documentId), so a code only ever
 * goes to the document that was checked; the content script never asks for anything and holds no
 * secret beyond the one code it is handed to fill. Types only: the content script carries no zod.
 */

/** Looks for one-time-code fields in this frame (open shadow roots included). */
export interface DetectRequest {
  autofill: 'detect';
  /** How long to wait for a field that is not there yet (SPA second steps), in ms. */
  waitMs: number;
}

/** Fills the code into the field(s) found by the last detect. */
export interface FillRequest {
  autofill: 'fill';
  code: string;
}

export type ContentRequest = DetectRequest | FillRequest;

export interface DetectReply {
  /** A visible, enabled, editable one-time-code field (or a row of one-digit boxes) was found. */
  found: boolean;
  /** 1 for a single field, N for split boxes. */
  boxes: number;
}

export interface FillReply {
  filled: boolean;
  /** Why nothing was filled (the field went away, became hidden or covered), one sentence. */
  reason?: string;
}

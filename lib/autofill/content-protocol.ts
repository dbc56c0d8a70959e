/**
 * What the background and the autofill content script say to each other. The background sends
 * both messages with `tabs.sendMessage` to one frame (frameId + documentId where the browser has
 * them), and fills only after the frame's document reported the origin that was checked, so a
 * code only ever goes to the document that was checked; the content script never asks for anything and holds no
 * secret beyond the one code it is handed to fill. The bodies are checked by hand: the content
 * script carries no schema library. Its listener passes them through the same gate as every
 * other channel (lib/messaging/gate.ts).
 */
import type { Envelope, Parser } from '../messaging/gate';

/** Looks for one-time-code fields in this frame (open shadow roots included). */
export const DETECT_FIELD = 'content.detectField';
/** Fills the code into the field(s) found by the last detect. */
export const FILL_FIELD = 'content.fillField';

export interface DetectBody {
  /** How long to wait for a field that is not there yet (SPA second steps), in ms. */
  waitMs: number;
}

export interface FillBody {
  code: string;
}

export type ContentRequest = Envelope<typeof DETECT_FIELD, DetectBody> | Envelope<typeof FILL_FIELD, FillBody>;

/**
 * Why a code field got nothing, for the background to put in words (the content script carries no
 * sentences): `no-field` no field was found, or no detect came first; `gone` the field was removed,
 * disabled or made read-only since; `hidden` it cannot be seen (not rendered, too small, transparent
 * through opacity or filters, or text and frame both transparent); `covered` something lies over
 * it, taking its clicks or hiding it; `sms-or-email` the page asks for a code sent by text message
 * or e-mail, not an authenticator's; `misfit` the code does not fit the field.
 */
export type FillRefusal = 'no-field' | 'gone' | 'hidden' | 'covered' | 'sms-or-email' | 'misfit';

export interface DetectReply {
  /** A visible, enabled, editable one-time-code field (or a row of one-digit boxes) was found. */
  found: boolean;
  /** 1 for a single field, N for split boxes. */
  boxes: number;
  /** When none was found: why the field that looked most like a code field was refused, if one did. */
  refused?: Extract<FillRefusal, 'hidden' | 'covered' | 'sms-or-email'>;
}

/**
 * The detect reply as the listener sends it: with the origin of the document that answered, read
 * after any wait, so the background fills only a frame that still holds the origin it checked.
 */
export type DetectAnswer = DetectReply & FrameOrigin;

/**
 * The origin of the document the script runs in, as the document has it (globalThis.origin: a srcdoc
 * frame's is its parent's, a sandboxed frame's "null"). Page scripts cannot change it in the
 * script's isolated world. The injected script returns it too, so injecting says where it landed.
 */
export interface FrameOrigin {
  origin: string;
}

export interface FillReply {
  filled: boolean;
  /** Why nothing was filled. */
  reason?: FillRefusal;
}

/** A body of one field, or a refusal: anything else the body holds is dropped. */
function field<K extends string, T>(name: K, accept: (value: unknown) => value is T): Parser<Record<K, T>> {
  return {
    safeParse(body) {
      const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
      return accept(value) ? { success: true, data: { [name]: value } as Record<K, T> } : { success: false };
    },
  };
}

export const detectBody: Parser<DetectBody> = field(
  'waitMs',
  (value): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0,
);
export const fillBody: Parser<FillBody> = field('code', (value): value is string => typeof value === 'string');

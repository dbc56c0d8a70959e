import type { FillRefusal, FillReply } from '../content-protocol';
import type { FillTarget } from './find-target';
import { refusalOf } from './visibility';

/** Authenticator codes: digits, or the letters some services use (Steam), nothing else. */
const CODE_FORMAT = /^[0-9A-Za-z]{4,10}$/;

/** Why the field found at detect time must not get the code now, if it must not. */
function refusal(target: FillTarget | undefined, code: string): FillRefusal | undefined {
  if (!target?.length) return 'no-field';
  const { maxLength } = target[0]!;
  const fits = target.length > 1 ? target.length === code.length : maxLength < 0 || maxLength >= code.length;
  if (!fits || !CODE_FORMAT.test(code)) return 'misfit';
  // The page had time to change since detect: a field removed, disabled, hidden or covered since
  // then gets nothing.
  return target.map(refusalOf).find(Boolean);
}

/**
 * Sets a value the way a user's typing would reach the page's framework. React replaces the
 * element's own `value` property to remember the last value it set, and drops an input event
 * when the value still matches; the prototype's setter goes around that record, so the event
 * that follows is seen as a change. Vue, Angular and plain pages listen to the same events.
 */
function typeInto(input: HTMLInputElement, value: string): void {
  input.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * Fills `code` into the target: the whole code into one field, or one character per box in order
 * (each box is focused first, so boxes that move the focus themselves end up where they expect).
 */
export function fillTarget(target: FillTarget | undefined, code: string): FillReply {
  const reason = refusal(target, code);
  if (reason !== undefined || !target) return { filled: false, reason };
  const parts = target.length > 1 ? [...code] : [code];
  target.forEach((box, index) => typeInto(box, parts[index]!));
  return { filled: true };
}

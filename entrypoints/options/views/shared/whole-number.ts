import { FormInputError } from '../../../../lib/ui/form-errors';

/** A whole number typed in a text field, within bounds; else a FormInputError with `sentence`. */
export function wholeNumberIn(text: string, min: number, max: number, sentence: string): number {
  const trimmed = text.trim();
  // Digits only: "1e3", "0x10" or "2.5" are typos here, not numbers.
  const value = /^\d+$/u.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new FormInputError(sentence);
  return value;
}

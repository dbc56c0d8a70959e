// The passphrase rule, shared by the background (which enforces it) and the popup (which shows
// it while the user types). The popup imports this file directly, so it imports nothing but
// ./errors: no crypto, no storage, no zod.
import { WeakPassphraseError } from './errors';

export const MIN_PASSPHRASE_LENGTH = 8;

/** Counts characters (code points), not UTF-16 units, so an emoji is one character. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

export function assertPassphraseStrength(passphrase: string): void {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    throw new WeakPassphraseError(MIN_PASSPHRASE_LENGTH);
  }
}

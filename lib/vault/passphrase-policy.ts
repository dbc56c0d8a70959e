import { WeakPassphraseError } from './errors';

export const MIN_PASSPHRASE_LENGTH = 8;

/** Counts characters (code points), not UTF-16 units, so an emoji is one character. */
export function assertPassphraseStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new WeakPassphraseError(MIN_PASSPHRASE_LENGTH);
  }
}

// The first character of a typed Base32 secret that Base32 cannot hold, said with the character
// itself and where it stands: "character 1 is not allowed" misleads when the secret starts with a 1.
// The popup may name it: the user typed it into a visible field of this very form. The background
// checks the secret again and never names a character of it, since its messages may be logged.
import { t } from '../../../lib/i18n/t';
import { FormInputError } from '../../../lib/ui/form-errors';

/** Letters of either case (a secret is read in uppercase) and the digits 2 to 7. @see RFC 4648 §6 */
const BASE32 = /^[A-Za-z2-7]$/u;
/** What users copy along with a secret: group separators, and padding or spaces at the end. */
const SEPARATOR = /^[\s-]$/u;
const TRAILING_NOISE = /^[=\s-]$/u;

/** The first character Base32 does not allow, with its 1-based position among the characters typed. */
export function firstBadCharacter(secret: string): { character: string; position: number } | undefined {
  const chars = [...secret];
  let end = chars.length;
  while (end > 0 && TRAILING_NOISE.test(chars[end - 1]!)) end -= 1;
  for (let index = 0; index < end; index++) {
    const char = chars[index]!;
    if (!SEPARATOR.test(char) && !BASE32.test(char)) return { character: char, position: index + 1 };
  }
  return undefined;
}

/** Throws a FormInputError that names the first character a Base32 secret cannot hold, if any. */
export function checkSecretCharacters(secret: string): void {
  const bad = firstBadCharacter(secret);
  if (bad) throw new FormInputError(t('popupSecretBadCharacter', bad));
}

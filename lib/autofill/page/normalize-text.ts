/**
 * One comparable form for everything that describes a field: ids and names (`otpCode`,
 * `mfa_token`, `digit-1`), labels and placeholders in any language. Keywords go through the same
 * function, so "Bestätigungscode" on a page matches the keyword written as "bestatigungscode".
 */
export function normalizeText(raw: string): string {
  return (
    raw
      // Identifiers: `verificationCode` and `code1` read as words.
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      // Accents are written inconsistently (and dropped from ids), so they never decide a match.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Terms written `a|b c|*d`: whole words or phrases (`otp` must not match `hotpink`), and after a
 * `*` a fragment of a word (compounds such as "Sicherheitscode", stems such as "verif", and
 * scripts written without spaces). Kept as one string each: the content script must stay small.
 */
export type Terms = readonly string[];

export function terms(spec: string): Terms {
  return spec.split('|').map((term) => (term.startsWith('*') ? normalizeText(term) : ` ${normalizeText(term)} `));
}

/** `text` must come from normalizeText. */
export function mentions(text: string, list: Terms): boolean {
  const padded = ` ${text} `;
  return list.some((term) => padded.includes(term));
}

// The monogram an account shows when its issuer has no built-in mark: one or two letters on a
// colour that belongs to the issuer, so the same issuer looks the same in every row and every page.

/**
 * Background colours, light theme then dark theme. The light ones carry white letters, the dark
 * theme's carry letters in the page's dark background colour; every pair has a contrast ratio of at
 * least 4.5:1 (WCAG AA for text: test/unit/ui/monogram.test.ts measures it). Twelve hues, 30° apart,
 * so that neighbouring rows rarely share one.
 */
export const MONOGRAM_COLOURS: readonly (readonly [light: string, dark: string])[] = [
  ['#b23e34', '#db7970'],
  ['#92672a', '#dbaf70'],
  ['#707722', '#d2db70'],
  ['#4a7e25', '#9ddb70'],
  ['#26822e', '#70db79'],
  ['#257e59', '#70dbaf'],
  ['#267b82', '#70d2db'],
  ['#3468b2', '#709ddb'],
  ['#3e34b2', '#857cde'],
  ['#7d34b2', '#af70db'],
  ['#b234a7', '#db70d2'],
  ['#b23468', '#db709d'],
];

/** The letters' colours on those backgrounds: light theme, dark theme (theme.css's --bg there). */
export const MONOGRAM_TEXT = ['#ffffff', '#17191d'] as const;

/** Who the account is with: its issuer, else its name (an account typed in without an issuer). */
function owner(account: { issuer?: string; label: string }): string {
  return (account.issuer ?? '').trim() || account.label.trim();
}

const FIRST_LETTER = /[\p{L}\p{N}]/u;

/**
 * "G" for Google, "AW" for "Amazon Web Services", "A" for "alice@example.com": the first letter of
 * the first two words (a domain such as "google.com" is one word), upper case.
 */
export function monogramLetters(account: { issuer?: string; label: string }): string {
  const words = owner(account).split(/[\s_-]+/u);
  const letters = words.flatMap((word) => word.match(FIRST_LETTER)?.[0] ?? []).slice(0, 2);
  return letters.join('').toLocaleUpperCase() || '?';
}

/** FNV-1a: a small, stable hash, the same in every browser and every release. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** The issuer's colours, light and dark; "Google" and " google " get the same ones. */
export function monogramColours(account: { issuer?: string; label: string }): readonly [light: string, dark: string] {
  const key = owner(account).toLocaleLowerCase().replace(/\s+/gu, ' ');
  return MONOGRAM_COLOURS[hash(key) % MONOGRAM_COLOURS.length]!;
}

/** The face's colours as CSS: the page's colour scheme (theme.css) picks the light or dark pair. */
export function monogramStyle(account: { issuer?: string; label: string }): { background: string; color: string } {
  const [light, dark] = monogramColours(account);
  return { background: `light-dark(${light}, ${dark})`, color: `light-dark(${MONOGRAM_TEXT[0]}, ${MONOGRAM_TEXT[1]})` };
}

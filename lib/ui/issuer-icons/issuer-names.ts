// Which well-known issuers have a built-in mark, and how their names are recognised. Small on
// purpose: it is in every page that shows faces, while the marks themselves load later
// (issuer-marks.ts).

export type IssuerIcon =
  | 'amazon'
  | 'apple'
  | 'bitwarden'
  | 'cloudflare'
  | 'discord'
  | 'dropbox'
  | 'emnify'
  | 'facebook'
  | 'github'
  | 'gitlab'
  | 'google'
  | 'microsoft'
  | 'proton'
  | 'slack'
  | 'x';

/** A word of the issuer that names the company: "Google Workspace", "accounts.google.com". */
const WORDS: Readonly<Record<string, IssuerIcon>> = {
  amazon: 'amazon',
  aws: 'amazon',
  apple: 'apple',
  icloud: 'apple',
  bitwarden: 'bitwarden',
  cloudflare: 'cloudflare',
  discord: 'discord',
  dropbox: 'dropbox',
  emnify: 'emnify',
  facebook: 'facebook',
  github: 'github',
  gitlab: 'gitlab',
  google: 'google',
  gmail: 'google',
  microsoft: 'microsoft',
  azure: 'microsoft',
  outlook: 'microsoft',
  proton: 'proton',
  protonmail: 'proton',
  slack: 'slack',
  twitter: 'x',
};

/** A name too short to recognise inside others ("Company X"): only the whole issuer counts. */
const WHOLE: Readonly<Record<string, IssuerIcon>> = {
  x: 'x',
  'x.com': 'x',
  'x corp': 'x',
};

/** The built-in mark of an issuer, case and punctuation aside; undefined for anyone else. */
export function issuerIcon(issuer: string | undefined): IssuerIcon | undefined {
  const name = (issuer ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/\s+/gu, ' ');
  if (!name) return undefined;
  const whole = WHOLE[name];
  if (whole) return whole;
  for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
    if (Object.hasOwn(WORDS, word)) return WORDS[word];
  }
  return undefined;
}

// The built-in marks of well-known issuers: simple line drawings of our own on a 24 × 24 grid,
// drawn in the face's text colour (stroke only, round ends). Shipped with the extension and never
// fetched; loaded only once a face needs one, so no page waits for them before it shows.
import type { IssuerIcon } from './issuer-names';

/** Each mark as the `d` of one SVG path. */
export const ISSUER_MARKS: Readonly<Record<IssuerIcon, string>> = {
  amazon: 'M4 14q8 5 16 0M17 12.5l3 1.5-1 3M9 10a3 3 0 1 0 6 0V6',
  apple: 'M12 8c-2-1.5-7-1.5-7 4 0 4 3 9 7 7.5 4 1.5 7-3.5 7-7.5 0-5.5-5-5.5-7-4zM12 8c0-2 1-4 3-4.5',
  bitwarden: 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6zM12 6v12',
  cloudflare: 'M6.5 18h11a4 4 0 0 0 .5-8 6 6 0 0 0-11.5 1.2A3.4 3.4 0 0 0 6.5 18z',
  discord: 'M6 6q6-2 12 0 3 5 3 11-2 2-5 2l-1-2q-3 1-6 0l-1 2q-3 0-5-2 0-6 3-11zM9 13h.01M15 13h.01',
  dropbox: 'M7 3l5 3-5 3-5-3zM17 3l5 3-5 3-5-3zM7 9l5 3-5 3-5-3zM17 9l5 3-5 3-5-3zM7 17l5 3 5-3',
  emnify: 'M6 12h12a6 6 0 1 0-1.8 4.3',
  facebook: 'M16 3h-2.5A3.5 3.5 0 0 0 10 6.5V21M7 10h8',
  github: 'M5 10l.5-6 4 3q2.5-.8 5 0l4-3 .5 6q2 6-4 8.5V21h-6v-2.5Q3 16 5 10z',
  gitlab: 'M12 20.5L3 13l2.5-9 3 8h7l3-8 2.5 9z',
  google: 'M20 12h-8M20 12a8 8 0 1 1-2.3-5.7',
  microsoft: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
  proton: 'M7 21V4h5.5a4.5 4.5 0 0 1 0 9H7',
  slack: 'M9 3v18M15 3v18M3 9h18M3 15h18',
  x: 'M5 4l14 16M19 4L5 20',
};

// Runs in Node only (the build and the unit tests): reads the public suffix list that the psl
// package keeps up to date, as an array of rules. The extension ships it as a data file rather
// than code, so the background bundle stays within its size budget.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export class PublicSuffixSourceError extends Error {
  override readonly name = 'PublicSuffixSourceError';

  constructor() {
    super('The public suffix list in the psl package is not an array of rules.');
  }
}

/**
 * psl's data/rules.js is `export default [ "ac", "com.ac", … ];`. Its package exports only the
 * parser, so the file is found next to the parser's entry point and its array read as JSON:
 * nothing from the package is executed.
 */
export function readPublicSuffixRules(): string[] {
  const entry = createRequire(import.meta.url).resolve('psl');
  const text = readFileSync(join(dirname(entry), '..', 'data', 'rules.js'), 'utf8');
  let rules: unknown;
  try {
    rules = JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1));
  } catch {
    throw new PublicSuffixSourceError();
  }
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((rule) => typeof rule === 'string')) {
    throw new PublicSuffixSourceError();
  }
  return rules;
}

/**
 * The list's own licence, for the notices the extension ships beside it (third-party-notices.txt):
 * the list is Mozilla's, under the MPL 2.0, whatever the licence of the package that carries it.
 */
export const PUBLIC_SUFFIX_LIST_LICENCE = {
  name: 'Public Suffix List',
  licence: 'MPL-2.0',
  source: 'https://publicsuffix.org/list/ (the copy kept by the psl package)',
  notice:
    'This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL\n' +
    'was not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.',
} as const;

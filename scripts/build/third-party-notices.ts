// third-party-notices.txt, shipped at the root of the extension: the licence of every third-party
// package whose code the build kept (bundled-packages.ts), and of the data it ships. The minifier
// drops the licence comments of bundled code, while those licences (MIT, ISC, Apache-2.0, MPL-2.0,
// BSD) ask that their notices travel with every copy: this file is where they travel.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A data file the extension ships that is not code from a package (the public suffix list). */
export interface ShippedData {
  name: string;
  /** Where it is in the extension. */
  file: string;
  licence: string;
  source: string;
  notice: string;
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: string | { url?: string };
  homepage?: string;
  author?: string | { name?: string };
}

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/iu;
/** Standard licence texts, for a package that names its licence but ships no text of it. */
const STANDARD_TEXTS = join(import.meta.dirname, 'licence-texts');
const RULE = '='.repeat(80);

/** A text without the blank lines around it; the indentation of its first line stays. */
const tidy = (text: string) => text.replace(/^(?:[ \t]*\n)+/u, '').trimEnd();

/** The licence ids of an SPDX expression such as `(Apache-2.0 AND BSD-3-Clause)`. */
export function licenceIds(expression: string | undefined): string[] {
  return (expression?.match(/[A-Za-z0-9.+-]+/gu) ?? []).filter((word) => !['AND', 'OR', 'WITH'].includes(word));
}

/** The comment a source file opens with, without its comment markers, or undefined. */
export function leadingComment(source: string): string | undefined {
  const match = /^\s*(?:((?:\/\/[^\n]*\n\s*)+)|\/\*([\s\S]*?)\*\/)/u.exec(source);
  if (!match) return undefined;
  const lines = match[1] !== undefined ? match[1].split('\n').map((line) => line.replace(/^\s*\/\/ ?/u, '')) : match[2]!.split('\n').map((line) => line.replace(/^\s*\* ?/u, ''));
  return lines.join('\n').trim();
}

function sourceOf(pkg: PackageJson): string {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (repository) {
    return repository
      .replace(/^git\+/u, '')
      .replace(/^git:\/\//u, 'https://')
      .replace(/^github:/u, 'https://github.com/')
      .replace(/\.git$/u, '');
  }
  return pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;
}

/**
 * The package's own licence files. Failing those (some packages publish none), what the package
 * says of itself: its author, the copyright notices its bundled files open with, and the standard
 * text of each licence it names. A licence with no standard text here fails the build: a package
 * must not ship without its licence.
 */
function licenceText(dir: string, files: ReadonlySet<string>, pkg: PackageJson): string {
  const own = readdirSync(dir)
    .filter((name) => LICENCE_FILE.test(name))
    .sort()
    .map((name) => tidy(readFileSync(join(dir, name), 'utf8')));
  if (own.length > 0) return own.join('\n\n');
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const notices = new Set<string>();
  for (const file of [...files].sort()) {
    const comment = leadingComment(readFileSync(file, 'utf8'));
    if (comment && /copyright/iu.test(comment)) notices.add(comment);
  }
  const standard = licenceIds(pkg.license).map((id) => {
    const path = join(STANDARD_TEXTS, `${id}.txt`);
    if (!existsSync(path)) throw new Error(`${pkg.name} ships no licence text: add the standard text of ${id} to ${STANDARD_TEXTS}.`);
    return tidy(readFileSync(path, 'utf8'));
  });
  if (standard.length === 0) throw new Error(`${pkg.name} names no licence and ships no licence text.`);
  const about = `The package publishes no licence file; its package.json names the licence ${pkg.license}${author ? ` and the author ${author}` : ''}.`;
  return [about, ...notices, ...standard].join('\n\n');
}

interface Entry {
  title: string;
  licence: string;
  source: string;
  text: string;
}

function section({ title, licence, source, text }: Entry): string {
  return `${RULE}\n${title}\nLicence: ${licence}\nSource: ${source}\n${'-'.repeat(80)}\n${text}\n`;
}

/** The file's text, for the packages found in the build (folder → bundled files) and the data shipped. */
export function composeThirdPartyNotices(packages: ReadonlyMap<string, ReadonlySet<string>>, data: readonly ShippedData[]): string {
  const entries = new Map<string, Entry>();
  for (const [dir, files] of packages) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    const title = `${pkg.name} ${pkg.version}`;
    if (entries.has(title)) continue;
    entries.set(title, { title, licence: pkg.license ?? 'see below', source: sourceOf(pkg), text: licenceText(dir, files, pkg) });
  }
  const software = [...entries.values()].sort((a, b) => a.title.localeCompare(b.title));
  const shipped = data.map((item) => ({ title: `${item.name} (${item.file})`, licence: item.licence, source: item.source, text: item.notice }));
  const all = [...software, ...shipped];
  return [
    'Third-party software and data in OTP Companion',
    '',
    'OTP Companion itself is released under the MIT licence (LICENSE.txt). It includes the following',
    'third-party software and data, each under its own licence, whose text follows the list.',
    '',
    ...all.map((entry) => `- ${entry.title}: ${entry.licence}`),
    '',
    ...all.map(section),
  ].join('\n');
}

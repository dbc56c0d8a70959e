// browser.storage is read and written only through declared items (lib/storage): a key used
// anywhere else would escape the catalogue, its versions and "Erase everything". (Which folder
// may import which, and that pages and the content script carry no zod, is the architecture
// test's to check.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Uses of the storage areas that are not reads or writes of a value, each with its reason. */
const ALLOWED: { file: string; use: string; why: string }[] = [
  {
    file: 'lib/vault/session-key.ts',
    use: 'browser.storage.session.setAccessLevel',
    why: 'pins the whole area to trusted contexts; the vault does it because the data key lives there',
  },
];

/** A line without its comment, near enough: prose may name the areas, code may not use them. */
const codeOf = (line: string) => (/^\s*(\/\*|\*)/.test(line) ? '' : line.replace(/(^|\s)\/\/.*$/, ''));

const FORBIDDEN = [/\bbrowser\.storage\b/, /\bchrome\.storage\b/, /\bstorage\.(local|session)\./];

describe('storage access', () => {
  it('goes through lib/storage everywhere in lib/ and entrypoints/', () => {
    const found: string[] = [];
    for (const file of [...sourcesUnder('lib'), ...sourcesUnder('entrypoints')]) {
      if (file.startsWith('lib/storage/')) continue;
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!FORBIDDEN.some((pattern) => pattern.test(codeOf(line)))) return;
          if (ALLOWED.some((allowed) => allowed.file === file && line.includes(allowed.use))) return;
          found.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('allows each exception where it still is, once', () => {
    for (const { file, use } of ALLOWED) {
      expect(readFileSync(join(ROOT, file), 'utf8').split(use)).toHaveLength(2);
    }
  });
});
